def f():
    match [1, 2]:
        case [a, b]:
            pass
    return a + b


print(f())

value = "global before"
match "global after":
    case value:
        pass
print(value)


def g():
    match {"k": 5}:
        case {"k": inner}:
            pass
    return locals()


print(g())


class C:
    match (1, 2):
        case (first, second):
            pass


print(C.first, C.second)


def uses_nonlocal():
    result = None

    def inner():
        nonlocal result
        match "x":
            case result:
                pass

    inner()
    return result


print(uses_nonlocal())
