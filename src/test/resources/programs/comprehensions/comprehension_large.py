squares = [i * i for i in range(100000)]
print(len(squares), squares[-1], sum(squares) % 1000003)
evens = {i for i in range(0, 100000, 2)}
print(len(evens), 99998 in evens, 99999 in evens)
lookup = {i: i % 7 for i in range(70000)}
print(sum(lookup.values()))
