def check(v):
    assert v > 10, "too small"


check(20)
check(3)
