b = b"abracadabra"
print(b.count(b"a"), b.find(b"cad"), b.rfind(b"a"), b.index(b"b"), b.partition(b"c"), b.split(b"a"))
print(b.translate(None, b"a"), b.title(), b.swapcase(), b.splitlines(), b"a\nb".splitlines())
