# Closure creation and calls: a fresh closure per iteration, each called a few times.
def make_adder(n):
    def add(x):
        return x + n
    return add

def run(rounds):
    total = 0
    for i in range(rounds):
        add = make_adder(i)
        total += add(1) + add(2) + add(3)
    return total

print(run(2_400_000))
