s = "héllo"
print(list(s), [ord(c) for c in s], "".join([chr(ord(c) + 1) for c in "HAL"]))
for i, c in enumerate("abc"):
    print(i, c)
print(sorted("banana"), max("hello"), min("hello"), reversed("abc").__class__.__name__, "".join(reversed("abc")))
