# Methods of built-in types called wrongly.
def check(thunk):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(lambda: "a".upper(1))
check(lambda: "a".join([1, 2]))
check(lambda: "a".split(1))
check(lambda: "a".replace("a"))
check(lambda: "a".startswith(1))
check(lambda: "a".center())
check(lambda: "{}".format())
check(lambda: "%d" % "x")
check(lambda: "%s %s" % (1,))
check(lambda: [].append())
check(lambda: [].append(1, 2))
check(lambda: [].sort(1))
check(lambda: [].index())
check(lambda: {}.get())
check(lambda: {}.update(1))
check(lambda: {}.pop())
check(lambda: set().add([]))
check(lambda: (1, 2).count())
check(lambda: b"a".decode(1))
check(lambda: str.upper(1))
check(lambda: list.append((), 1))
