d = {"n": 1}
d["n"] += 10
lst = [1, 2, 3]
lst[1] *= 5
lst[-1] -= 1
s = "a"
s += "b"
print(d, lst, s)
def f():
    f.calls = getattr(f, "calls", 0) + 1
f(); f()
f.calls += 10
print(f.calls)
