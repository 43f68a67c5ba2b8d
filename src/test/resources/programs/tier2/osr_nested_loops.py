# Hot loops nested in other loops, with statements and try blocks: the frame moves to compiled code
# at a loop head with the outer loops' iterators (and a with-block's exit) still on its stack.
class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


def nested(rows, cols):
    grid = 0
    with Ctx():
        for r in range(rows):
            for c in range(cols):
                if c % 97 == 0:
                    continue
                grid += (r * c) % 5
            else:
                grid += 1
    return grid


def while_loop(n):
    i = 0
    acc = []
    while i < n:
        i += 1
        if i % 10_000 == 0:
            acc.append(i)
        if i > 95_000:
            break
    return i, acc[-3:]


def caught_in_loop(n):
    errors = 0
    values = {0: "a"}
    for i in range(n):
        try:
            values[i % 3]
        except KeyError as e:
            errors += 1
            last = e
    return errors, repr(last)


def generator_in_loop(n):
    def gen(k):
        for j in range(k):
            yield j * j
    total = 0
    for i in range(n):
        total += sum(gen(3))
    return total


def loop_with_else_and_return(n):
    for i in range(n):
        if i == n // 2 + 1:
            return "returned at", i
    else:
        return "no return"


print(nested(300, 700))
print(while_loop(200_000))
print(caught_in_loop(60_000))
print(generator_in_loop(30_000))
print(loop_with_else_and_return(100_001))
try:
    with Ctx():
        for i in range(100_000):
            if i == 99_999:
                raise KeyError(i)
except KeyError as e:
    print("module level", e)
