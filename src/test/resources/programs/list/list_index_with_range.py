xs = list("abcabc")
print(xs.index("b"), xs.index("b", 2), xs.index("c", 0, 3), xs.count("a"))
try:
    xs.index("a", 1, 3)
except ValueError as e:
    print(e)
