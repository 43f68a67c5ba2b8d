# More fused instructions: JUMP_BACKWARD+FOR_ITER(+STORE_FAST), LOAD_CONST+BINARY_OP, COPY+COPY and
# SWAP+SWAP of `a[i] += x`, and calls that start past RESUME / COPY_FREE_VARS.

def gen(n, fail_at):
    for i in range(n):
        if i == fail_at:
            raise ValueError("generator failed at %d" % i)
        yield i

def consume(n, fail_at):
    seen = []
    for v in gen(n, fail_at):      # FOR_ITER + STORE_FAST; the error comes from inside next()
        seen.append(v)
    return seen

print(consume(4, -1))
try:
    consume(5, 3)
except ValueError as e:
    print("ValueError:", e)

def nested_loops():
    out = []
    for i in range(3):
        for j in "ab":
            for k in [i, j]:
                out.append(k)
        else:
            out.append("inner-else")
    for x in []:
        out.append("never")
    for x, y in zip("xy", (1, 2)):
        out.append((x, y))
    return out

print(nested_loops())

def const_ops(v):
    out = [v + 1, v - 2, v * 3, v // 2, v % 3, v ** 2, 2 ** v, v << 1, v >> 1, v & 5, v | 8, v ^ 1]
    out.append(v / 4)
    return out

print(const_ops(7), const_ops(-7))
try:
    const_ops("s")
except TypeError as e:
    print("TypeError:", e)

class Grid:
    def __init__(self):
        self.cells = [1, 2, 3]
        self.log = []
    def __getitem__(self, i):
        self.log.append(("get", i))
        if i == 9:
            raise IndexError("no cell 9")
        return self.cells[i]
    def __setitem__(self, i, v):
        self.log.append(("set", i, v))
        if v == 99:
            raise ValueError("no 99")
        self.cells[i] = v

g = Grid()
g[0] += 10
g[1] *= 2
try:
    g[9] += 1
except IndexError as e:
    print("IndexError:", e)
try:
    g[2] += 96
except ValueError as e:
    print("ValueError:", e)
print(g.cells, g.log)

d = {"a": 1}
d["a"] += 5
l = [[0, 1], [2, 3]]
l[1][0] -= 7
print(d, l)

def make(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def both():
        return inc(), count
    return inc, both

inc, both = make(10)
print(inc(), inc(5), both(), inc.__closure__[0].cell_contents)

def cell_first(a):
    def inner():
        return a * 2
    a += 1
    return inner()

print(cell_first(4))

def bad_call():
    return const_ops(None)

bad_call()
