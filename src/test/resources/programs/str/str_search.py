s = "mississippi"
print(s.count("ss"), s.count("i"), s.count(""), s.find("ssi"), s.find("ssi", 3), s.rfind("ssi"), s.find("x"))
print(s.startswith("miss"), s.endswith("pi"), s.startswith(("x", "mi")), s.index("pp"), s.rindex("s"))
print(s.replace("ss", "SS"), s.replace("i", "I", 2), s.replace("", "-"))
try:
    s.index("z")
except ValueError as e:
    print(e)
assert s.count("s") == 4 and s.rfind("i") == 10 and s.replace("ss", "") == "miiippi"
