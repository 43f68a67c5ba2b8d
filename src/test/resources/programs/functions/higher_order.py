def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v * 3, 2))
print(list(map(lambda s: s.upper(), ["a", "b"])))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
def pipeline(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
print(pipeline(str, len, lambda n: n * 10)(12345))
