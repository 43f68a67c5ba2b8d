def classify(items):
    match items:
        case [x, *rest] if x / len(rest) > 1:
            return "big head"
        case _:
            return "other"


print(classify([10, 1, 2]))
print(classify([5]))
