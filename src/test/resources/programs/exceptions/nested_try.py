def f(n):
    try:
        try:
            if n == 0:
                raise ValueError("zero")
            return 1 / (n - 1)
        except ValueError as e:
            return "inner " + str(e)
        finally:
            print("inner finally", n)
    except ZeroDivisionError as e:
        return "outer " + str(e)
    finally:
        print("outer finally", n)
print(f(0))
print(f(1))
print(f(3))
assert f(3) == 0.5
