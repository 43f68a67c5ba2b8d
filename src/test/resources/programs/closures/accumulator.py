def accumulator(total=0):
    history = []
    def add(amount):
        nonlocal total
        total += amount
        history.append(total)
        return total
    def report():
        return list(history)
    return add, report

add, report = accumulator(100)
for v in (5, -20, 7.5):
    add(v)
print(report())
add2, report2 = accumulator()
add2(1)
print(report2(), report())
assert report() == [105, 85, 92.5] and report2() == [1]
