t = (1, [2])
try:
    t[0] = 9
except TypeError as e:
    print(e)
t[1].append(3)
print(t)
try:
    hash(t)
except TypeError as e:
    print(e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
