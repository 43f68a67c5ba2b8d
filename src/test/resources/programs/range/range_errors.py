for f in (lambda: range(0, 10, 0), lambda: range(1.5), lambda: range(10)[10], lambda: range(5).index(7), lambda: range("a")):
    try:
        f()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
