def produce(items):
    for item in items:
        yield 10 // item


def consume():
    total = 0
    for v in produce([1, 2, 0]):
        total += v
    return total


consume()
