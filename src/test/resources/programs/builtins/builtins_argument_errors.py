calls = [
    lambda: len(),
    lambda: abs(1, 2),
    lambda: sorted(),
    lambda: print(sep=1),
    lambda: max(),
    lambda: round(),
    lambda: chr(),
    lambda: isinstance(1),
    lambda: getattr(),
    lambda: divmod(1),
    lambda: enumerate(),
    lambda: zip(1),
    lambda: range(),
    lambda: range(1, 2, 3, 4),
    lambda: hash([]),
    lambda: iter(),
    lambda: next(),
    lambda: sum(),
    lambda: ord(),
    lambda: len(x=1),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
