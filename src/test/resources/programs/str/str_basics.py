s = "Hello, World"
print(len(s), s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[100:], s[-3:-1])
print(s + "!", s * 2, "-" * 10, 3 * "ab", "" * 5)
print("World" in s, "world" in s, "" in s, s.find("o"), s.rfind("o"), s.index("W"))
