s = {1, 2}
s.add(3); s.add(1); print(s)
s.update([4, 5], (6,)); print(s)
s.discard(10); s.discard(1); print(s)
s.remove(2); print(s)
print(s.pop(), s)
s |= {100}; s &= {3, 4, 100}; s -= {4}; s ^= {5}; print(s)
s.clear(); print(s)
