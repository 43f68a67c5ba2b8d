print("a,b,,c".split(","), "a b  c ".split(), "  lead".split(" "), "a,b,c".split(",", 1))
print("a,b,c".rsplit(",", 1), "line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"))
print("key=value=more".partition("="), "key=value=more".rpartition("="), "none".partition("="))
try:
    "a".split("")
except ValueError as e:
    print(e)
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
assert ",".join("a,b,,c".split(",")) == "a,b,,c" and "  a  b ".split() == ["a", "b"]
