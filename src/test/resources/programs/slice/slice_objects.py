s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None))
print(list(range(20))[s], "abcdefghijk"[s], (0, 1, 2, 3, 4)[slice(None, None, -2)])
