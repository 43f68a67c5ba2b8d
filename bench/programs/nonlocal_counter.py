# A nonlocal counter: LOAD_DEREF/STORE_DEREF in a hot loop.
def make_counter():
    count = 0
    def inc(step):
        nonlocal count
        count += step
        return count
    return inc

def run(n):
    inc = make_counter()
    last = 0
    for i in range(n):
        last = inc(i & 7)
    return last

print(run(12_000_000))
