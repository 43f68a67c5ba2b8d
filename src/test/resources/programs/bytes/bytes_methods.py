b = b"  Hello, World  "
print(b.strip(), b.lower(), b.upper(), b.split(b","), b.replace(b"l", b"L"), b.find(b"World"), b.count(b"l"))
print(b"a,b".split(b","), b"-".join([b"x", b"y"]), b"abc".startswith(b"ab"), b"abc".endswith(b"bc"))
print(b"abc".decode(), b"hi".center(6, b"*"), b"42".zfill(5), b"abc".isalpha(), b"a1".isalnum(), b"Title".istitle())
