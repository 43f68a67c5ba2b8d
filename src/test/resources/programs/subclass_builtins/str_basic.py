# A Python subclass of str behaves as its text; str's methods and operators give plain strs.
class S(str):
    pass


s = S("Hello")
print(s, repr(s), type(s).__name__, isinstance(s, str), len(s), s[0], s[-1], s[1:3], s[::-1])
for r in (s + "!", "> " + s, s * 2, 2 * s, s.upper(), s.lower(), s.replace("l", "L"), s.strip("Ho"),
          s.center(9, "*"), s.zfill(7), s.title(), s.swapcase(), s.casefold(), s[1:], s[0], str(s)):
    print(repr(r), type(r).__name__)
print(s.split("l"), [type(x).__name__ for x in s.split("l")], s.partition("l"), s.find("l"), s.count("l"))
print(s.startswith("He"), s.endswith(S("lo")), s.isalpha(), s.isupper(), "ell" in s, S("ell") in s, s.encode())
print(list(s), [c for c in S("ab")], sorted(S("cab")), "".join(reversed(s)), s.index("o"))
print(S(), repr(S()), bool(S()), bool(s), S(42), S(3.5), S([1, 2]), S(b"x"), S(b"caf\xc3\xa9", "utf-8"))
print(S(s) == s, type(S(s)).__name__, S.__mro__)
t = S("abc")
t += "def"
print(t, type(t).__name__)
