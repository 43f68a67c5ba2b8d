name = "Ada"
n = 42
pi = 3.14159265
print(f"{name} has {n} items", f"{n + 1}", f"{name!r}", f"{name!s:>6}", f"{{braces}}", f"{n=}", f"{pi = :.2f}")
print(f"{'nested'} {f'{n}'}", f"{[1, 2][0]}", f"{ {'k': 1}['k'] }", f"{n:{'>'}{8}}")
