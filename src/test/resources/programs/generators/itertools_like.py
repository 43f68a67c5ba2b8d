# itertools-style helpers written as generators, checked against expected results
def chain(*iterables):
    for it in iterables:
        yield from it

def islice(iterable, start, stop, step=1):
    it = iter(iterable)
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield x

def groupby(iterable, key=lambda x: x):
    it = iter(iterable)
    try:
        current = next(it)
    except StopIteration:
        return
    group = [current]
    k = key(current)
    for x in it:
        kx = key(x)
        if kx == k:
            group.append(x)
        else:
            yield k, group
            k, group = kx, [x]
    yield k, group

def pairwise(iterable):
    it = iter(iterable)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x

def accumulate(iterable, func=lambda a, b: a + b):
    it = iter(iterable)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for x in it:
        total = func(total, x)
        yield total

def product(*pools):
    if not pools:
        yield ()
        return
    for head in pools[0]:
        for rest in product(*pools[1:]):
            yield (head,) + rest

def batched(iterable, n):
    batch = []
    for x in iterable:
        batch.append(x)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)

def cycle(iterable):
    saved = []
    for x in iterable:
        yield x
        saved.append(x)
    while saved:
        yield from saved

def tee2(iterable):
    buf = [[], []]
    it = iter(iterable)
    def branch(i):
        while True:
            if not buf[i]:
                try:
                    v = next(it)
                except StopIteration:
                    return
                buf[0].append(v)
                buf[1].append(v)
            yield buf[i].pop(0)
    return branch(0), branch(1)

assert list(chain([1, 2], "ab", range(2))) == [1, 2, "a", "b", 0, 1]
assert list(islice(range(100), 2, 12, 3)) == [2, 5, 8, 11]
print(list(groupby("aaabccdd")))
print(list(groupby(range(10), key=lambda x: x // 4)))
print(list(pairwise("abcd")), list(pairwise([])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(product("ab", [0, 1])), len(list(product(range(3), range(3), range(3)))))
print(list(batched(range(7), 3)))
print(list(islice(cycle("xyz"), 0, 8)))
a, b = tee2(x * x for x in range(5))
print(next(a), next(a), list(b), list(a))
print("ok")
