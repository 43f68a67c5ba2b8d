# Calling, iterating and unpacking objects that cannot be.
def check(thunk):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__ + ":", e)

def unpack(o):
    a, b = o
five, text, nothing, items = 5, "s", None, [1]
check(lambda: five())
check(lambda: text())
check(lambda: nothing())
check(lambda: items())
check(lambda: iter(5))
check(lambda: list(None))
check(lambda: unpack(3))
check(lambda: [x for x in 1.5])
check(lambda: next([1, 2]))
check(lambda: 1 in 5)
check(lambda: "a" in ["a"] in 3)
check(lambda: sorted([1, "a"]))
check(lambda: max(1))
