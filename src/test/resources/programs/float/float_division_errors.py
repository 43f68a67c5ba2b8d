for f in (lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: divmod(1.0, 0.0), lambda: 0.0 ** -1):
    try:
        f()
    except ZeroDivisionError as e:
        print(e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-8.0) ** (1 / 3)
except Exception as e:
    print(type(e).__name__, e)
else:
    print("complex result")
