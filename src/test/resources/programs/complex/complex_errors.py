for f in (lambda: (1 + 1j) < (2 + 2j), lambda: (1 + 1j) // 2, lambda: (1 + 1j) % 2, lambda: int(1j), lambda: float(1j)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    complex("1+")
except ValueError as e:
    print("ValueError:", e)
