# match statements with subclasses of built-in types (class patterns take the subject itself).
class Code(int):
    pass


class Word(str):
    pass


class Pair(tuple):
    pass


def classify(v):
    match v:
        case Code(0):
            return "code zero"
        case Code(n) if n > 100:
            return f"big code {n} {type(n).__name__}"
        case int(n):
            return f"int {n} {type(n).__name__}"
        case Word("stop"):
            return "stop word"
        case str() as s if s.startswith("x"):
            return f"x-word {s} {type(s).__name__}"
        case Pair((a, b)):
            return f"pair {a} {b}"
        case (a, b):
            return f"2-sequence {a} {b}"
        case _:
            return "other"


for v in (Code(0), Code(500), Code(5), 7, Word("stop"), Word("xyz"), "xa", Pair((1, 2)), (3, 4), Word("no")):
    print(repr(v), "->", classify(v))
match Code(3):
    case 3:
        print("literal 3 matches Code(3)")
match Word("a"):
    case "a":
        print("literal 'a' matches Word('a')")
