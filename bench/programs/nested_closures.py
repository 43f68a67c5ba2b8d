# Three levels of nested closures: free variables passed through two frames.
def level1(a):
    def level2(b):
        def level3(c):
            return a * 100 + b * 10 + c
        return level3
    return level2

def run(n):
    total = 0
    for i in range(n):
        f = level1(i % 10)(i % 7)
        total += f(i % 3) + f(1)
    return total

print(run(1_200_000))
