log = []


def check(name, result):
    log.append(name)
    return result


def run(value):
    log.clear()
    match value:
        case [a, b] if check("guard1", a > b):
            r = "first"
        case [a, b] if check("guard2", a == b):
            r = "second"
        case [a, *_] if check("guard3", True):
            r = "third"
        case _:
            r = "default"
    print(value, r, log)


run([2, 1])
run([1, 1])
run([1, 2])
run([1, 2, 3])
run("no")


def subject():
    log.append("subject")
    return [1, 2]


log.clear()
match subject():
    case [1]:
        pass
    case [1, 3]:
        pass
    case [1, x]:
        pass
print("subject evaluated once:", log, x)
