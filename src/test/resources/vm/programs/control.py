total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    total += i
else:
    print("no break")
print(total)
n = 0
while n < 5:
    n += 1
else:
    print("while else", n)
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
x, (y, z) = 1, (2, 3)
print(x, y, z)
first, *rest = "abc"
print(first, rest)
squares = [v * v for v in range(6) if v % 2]
print(squares)
print({v: v + 1 for v in range(3)})
print({v * 0 for v in range(3)})
print([(i, j) for i in range(3) for j in range(i)])
d = {"a": 1, **{"b": 2}}
print(d, [*range(3), *[9]], (*"ab",))
name = "adder"
print(f"{name!r} {name!s:>8} {3 + 4} {'x'}{name}")
t = 1
print(1 < 2 < 3, 1 < 3 < 2, not 0, 0 or "y", 1 and 2, None is None, t is not None)
print(2 in [1, 2], 3 not in [1, 2])
s = "hello world"
print(s[1:4], s[-3:], s[::2])
lst = [1, 2, 3, 4]
lst[1] = 20
del lst[0]
print(lst)
dd = {}
dd["k"] = 5
dd["k"] += 1
print(dd)
t = 1, 2
u = t if t else None
print(u, -3, +3, ~3)


def gen_like():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f")
    return out


print(gen_like())
i = 0
while True:
    i += 1
    if i == 3:
        break
print(i)
x = 5
x -= 2
x *= 3
print(x)
print("a" + "b", "-" * 3)
