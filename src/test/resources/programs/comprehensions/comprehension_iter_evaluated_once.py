calls = []
def source():
    calls.append("called")
    return [1, 2, 3]
print([x * 2 for x in source()], calls)
n = 3
print([[n * i for i in range(n)] for n in range(1, n + 1)], n)
