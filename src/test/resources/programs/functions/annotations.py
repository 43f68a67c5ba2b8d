def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
def g():
    pass
print(g.__annotations__)
x: int = 5
y: str
print(__annotations__, x)
