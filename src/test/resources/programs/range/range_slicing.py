r = range(3, 30, 3)
print(r[1:4], r[::2], r[-3:], r[::-3], list(r[100:]), r[:0])
print(list(r[::-1]) == list(reversed(r)), reversed(r).__class__.__name__)
