factory = dict.fromkeys


def check(value):
    match value:
        case factory():
            return True
    return False


check({})
