funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 99
print([f() for f in funcs])
assert [f() for f in funcs] == [99] * 4
