def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
xs = list(range(0, 1000, 7))
print(bsearch(xs, 693), bsearch(xs, 694), bsearch(xs, 0), bsearch([], 1))
assert all([bsearch(xs, v) == xs.index(v) for v in xs])
