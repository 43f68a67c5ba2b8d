def append(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append(1))
print(append(2))
print(append(3, []))
print(append(4))
print(append.__defaults__)
assert append.__defaults__[0] == [1, 2, 4]
