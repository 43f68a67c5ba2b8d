def f(x):
    result = "unset"
    match x:
        case 1:
            result = "one"
        case [_, _]:
            result = "pair"
    return result


print(f(1))
print(f([1, 2]))
print(f(3))
print(f([1, 2, 3]))

matched = False
match {"a": 1}:
    case {"b": _}:
        matched = True
print("matched:", matched)
