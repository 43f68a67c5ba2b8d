x = "global"
result = [x for x in range(3)]
print(result, x)
def f():
    y = 10
    return [y * i for i in range(3)], {i: y for i in range(2)}
print(f())
funcs = [lambda: i for i in range(3)]
print([g() for g in funcs])
