n = 5
while n > 0:
    n -= 2
else:
    print("while finished with", n)
n = 0
while True:
    n += 1
    if n == 3:
        break
else:
    print("never")
print("broke at", n)
assert n == 3
