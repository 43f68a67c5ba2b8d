n = 1
f = lambda x=n: x
n = 2
g = lambda: n
n = 3
print(f(), g())
assert (f(), g()) == (1, 3)
