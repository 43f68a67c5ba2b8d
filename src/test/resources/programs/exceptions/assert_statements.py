x = 5
assert x == 5
assert x > 0, "positive"
try:
    assert x < 0, f"x is {x}"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert []
except AssertionError as e:
    print("empty message:", repr(e))
