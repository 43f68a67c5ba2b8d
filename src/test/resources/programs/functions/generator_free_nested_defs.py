def make_ops():
    def add(a, b):
        return a + b
    def sub(a, b):
        return a - b
    return {"+": add, "-": sub, "*": lambda a, b: a * b}
ops = make_ops()
print([ops[o](7, 3) for o in "+-*"])
print(ops["+"].__qualname__, ops["*"].__qualname__)
