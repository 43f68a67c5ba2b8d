# Generators: pipelines of generator functions, generator expressions consumed by builtins,
# recursive yield from over a tree, and send()-driven coroutines.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def scale(source, k):
    for x in source:
        yield x * k

def keep_odd(source):
    for x in source:
        if x & 1:
            yield x

def chunks(source, size):
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

def pipeline(n):
    total = 0
    for chunk in chunks(keep_odd(scale(numbers(n), 3)), 8):
        total += sum(chunk)
    return total

def tree(depth):
    if depth == 0:
        return None
    return (tree(depth - 1), depth, tree(depth - 1))

def walk(node):
    if node is not None:
        left, value, right = node
        yield from walk(left)
        yield value
        yield from walk(right)

def running_mean():
    total = 0.0
    count = 0
    mean = None
    while True:
        x = yield mean
        total += x
        count += 1
        mean = total / count

def drive(n):
    m = running_mean()
    next(m)
    last = None
    for i in range(n):
        last = m.send(i % 100)
    m.close()
    return last

def expressions(n):
    squares = sum(i * i for i in range(n))
    evens = sum(1 for i in range(n) if i % 2 == 0)
    biggest = max(x % 1000 for x in range(n))
    return squares, evens, biggest

print(pipeline(1_500_000))
t = tree(16)
print(sum(walk(t)), sum(1 for _ in walk(t)))
print(drive(800_000))
print(expressions(1_000_000))
