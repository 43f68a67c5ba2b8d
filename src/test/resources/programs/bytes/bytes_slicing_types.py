b = b"0123456789"
print(b[2], type(b[2]).__name__, b[2:3], type(b[2:3]).__name__, b[-3:], b[::4], b[100:])
print(b[slice(0, 10, 3)], len(b[5:2]))
