def f():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)
print(f())
def g():
    for i in range(3):
        try:
            if i == 2:
                return i
        finally:
            print("cleanup", i)
print(g())
