def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(bs):
            return f"bytes {bs!r}"
        case list(l):
            return f"list {l}"
        case tuple(t):
            return f"tuple {t}"
        case dict(d):
            return f"dict {d}"
        case set(s):
            return f"set {sorted(s)}"
        case frozenset(fs):
            return f"frozenset {sorted(fs)}"
        case _:
            return "other " + type(x).__name__


for v in [True, 3, 2.5, "s", b"b", [1], (1,), {"a": 1}, {1, 2}, frozenset({3}), None, 1j]:
    print(kind(v))


match 5:
    case int(5):
        print("int(5) with a literal sub-pattern")

match "hello":
    case str("bye"):
        print("no")
    case str("hello" as h):
        print("str with as:", h)
