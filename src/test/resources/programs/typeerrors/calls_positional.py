# Wrong positional calls to Python functions: CPython 3.11's TypeError messages.
def check(thunk):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error")

def f(x): pass
def g(a, b, c=3): pass
def h(): pass
def po(a, b, /, c): pass
check(lambda: f())
check(lambda: f(1, 2))
check(lambda: g(1))
check(lambda: g())
check(lambda: g(1, 2, 3, 4))
check(lambda: h(1))
check(lambda: po(1, 2))
check(lambda: po(a=1, b=2, c=3))
check(lambda: (lambda x, y: 0)(1))
