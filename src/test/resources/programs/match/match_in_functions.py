def make_handler(prefix):
    def handle(msg):
        match msg:
            case ("say", text):
                return f"{prefix}: {text}"
            case ("add", a, b):
                return a + b
            case ("nested", inner):
                return handle(inner)
        return None

    return handle


h = make_handler("bot")
print(h(("say", "hi")))
print(h(("add", 2, 3)))
print(h(("nested", ("nested", ("say", "deep")))))
print(h(("unknown",)))


def captures_closure(data):
    match data:
        case [first, *rest]:
            return lambda: (first, rest)
    return lambda: None


print(captures_closure([1, 2, 3])())
print(captures_closure([])())


def generator(items):
    for item in items:
        match item:
            case int(n):
                yield n * 2
            case [*ns]:
                yield from ns


print(list(generator([1, [2, 3], 4, "skip"])))
