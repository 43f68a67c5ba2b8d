it = iter([1, 2])
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
s = iter("ab")
print(iter(s) is s, type(s).__name__, type(iter([])).__name__, type(iter({})).__name__)
