def first(x):
    match x:
        case [a]:
            return ("one", a)
        case [a, _]:
            return ("two", a)
        case [_, _, c]:
            return ("three", c)
        case other:
            return ("other", other)


print(first([1]))
print(first([1, 2]))
print(first((1, 2, 3)))
print(first("xyz"))
print(first([1, 2, 3, 4]))

match 42:
    case n:
        pass
print("n after match:", n)

match [10, 20]:
    case [_, _]:
        print("wildcards bind nothing")
try:
    _
except NameError as e:
    print("NameError:", e)
