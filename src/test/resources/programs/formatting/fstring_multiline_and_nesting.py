a, b = 3, 4
msg = (
    f"a={a} "
    f"b={b} "
    f"sum={a + b}"
)
print(msg)
print(f"""triple {a}
line two {b!r}""")
print(f"{'{'}{a}{'}'}", f"{f'{a:>{b}}'!r}")
