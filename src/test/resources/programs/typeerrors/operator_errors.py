# Binary and unary operators between unsupported types.
def check(thunk):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(lambda: 1 + "a")
check(lambda: "a" + 1)
check(lambda: [1] + (1,))
check(lambda: {} | [])
check(lambda: -"a")
check(lambda: ~1.5)
check(lambda: None * 2)
check(lambda: "a" * 2.0)
check(lambda: 1 < "a")
check(lambda: [] >= {})
check(lambda: None < None)
check(lambda: 2 ** "x")
check(lambda: pow(2, 3, 1.5))
check(lambda: divmod("a", 1))
check(lambda: 1 @ 2)
def aug():
    x = 1
    x += "s"
check(aug)
