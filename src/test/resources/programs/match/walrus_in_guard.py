def parse(items):
    results = []
    for item in items:
        match item:
            case str() if (n := len(item)) > 3:
                results.append(("long", item, n))
            case str():
                results.append(("short", item, n))
            case [*xs] if (total := sum(xs)) > 10:
                results.append(("big list", total))
            case _:
                results.append(("other", item))
    return results


for r in parse(["hello", "hi", [5, 6], [1, 2], 3]):
    print(r)
