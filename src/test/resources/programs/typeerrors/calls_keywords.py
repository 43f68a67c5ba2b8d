# Wrong keyword arguments: unexpected, duplicate, missing keyword-only, ** of a non-mapping.
def check(thunk):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__ + ":", e)

def f(x, *, key): pass
def g(a, b): pass
check(lambda: f(1))
check(lambda: f(1, 2))
check(lambda: f(1, kee=2))
check(lambda: g(1, a=2))
check(lambda: g(1, 2, b=3))
check(lambda: g(**{1: 2}))
check(lambda: g(**[1]))
check(lambda: g(*1))
check(lambda: f(1, key=1, **{"key": 2}))
def k(**kw): pass
check(lambda: k(1))
