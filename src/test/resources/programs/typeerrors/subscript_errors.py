# Subscripting, item assignment and deletion of objects that do not support them.
def check(thunk):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__ + ":", e)

def assign(o, k, v):
    o[k] = v
def delete(o, k):
    del o[k]
one, nothing, strings, floats, numbers = 1, None, "abc", 1.5, [1, 2]
check(lambda: one[0])
check(lambda: nothing[0])
check(lambda: len[0])
check(lambda: assign((1, 2), 0, 5))
check(lambda: assign("abc", 0, "x"))
check(lambda: delete((1,), 0))
check(lambda: numbers["a"])
check(lambda: strings[floats])
check(lambda: {}[[]])
check(lambda: assign({}, {}, 1))
check(lambda: set(numbers)[0])
check(lambda: range(3)["x"])
