def kind(x):
    match x:
        case "":
            return "empty str"
        case "hello" "world":
            return "concatenated"
        case "a" | "b":
            return "a or b"
        case b"":
            return "empty bytes"
        case b"abc":
            return "bytes abc"
        case "abc":
            return "str abc"
        case _:
            return "no"


for v in ["", "helloworld", "a", "b", b"", b"abc", "abc", b"a", "c", 0]:
    print(repr(v), kind(v))

assert kind(b"abc") != kind("abc")
