# generators consumed by builtins and unpacking, infinite generators bounded by zip and friends
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

def letters():
    yield from "abcde"

print(list(zip(count(), letters())))
print(list(zip(letters(), count(10, 5))))
print(list(enumerate(letters(), 1)))
print(list(map(lambda a, b: a * b, count(1), [3, 3, 3])))
print(list(filter(None, (x % 3 for x in range(10)))))
print(sorted(letters(), reverse=True), min(letters()), max(count(1) for _ in range(1)))
print(sum(x for x in range(10) if x % 2), "".join(letters()), set(letters()) == set("abcde"))
print(tuple(reversed(list(letters()))), dict(zip(letters(), count())))
first, *middle, last = letters()
print(first, middle, last)
print("c" in letters(), "z" in letters())
g = letters()
print("b" in g, next(g), list(g))
calls = iter([3, 2, 1, 0, -1])
print(list(iter(lambda: next(calls), 0)))
print(list(x for x in count() if x > 5 for _ in [0] if x < 9) if False else None)

def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x

print(list(take_while(lambda x: x * x < 50, count())))
print(any(x > 100 for x in count()), next(x for x in count(7) if x % 5 == 0))
print(list(zip(*((i, i * i) for i in range(4)))))
print(max(((len(w), w) for w in "a bb ccc dd".split()), default=None), min((), default="empty"))
print(list(range(3)) == list(x for x in range(3)), str(list(str(c) for c in (1, 2))))
