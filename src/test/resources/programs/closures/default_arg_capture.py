funcs = [lambda i=i: i * i for i in range(5)]
print([f() for f in funcs])
print(funcs[3](10))
print(funcs[2].__defaults__)
