assert a
assert a, 'msg'
