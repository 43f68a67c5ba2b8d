xs = list("abcdefg")
del xs[0]
del xs[-1]
del xs[1:3]
print(xs)
del xs[:]
print(xs)
try:
    del xs[0]
except IndexError as e:
    print(e)
