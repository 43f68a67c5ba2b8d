# an error inside a generator expression consumed by a builtin
def ratio(xs):
    return sum(1 / x for x in xs)

print(ratio([1, 2, 4]))
print(ratio([1, 0]))
