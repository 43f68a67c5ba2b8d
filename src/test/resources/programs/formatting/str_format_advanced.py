data = {"name": "x", "items": [10, 20]}
print("{name}: {items[1]}".format(**data), "{0[name]}".format(data), "{:{fill}^{w}}".format("c", fill="-", w=7))
print("{!r:>10}".format("q"), "{0}{1}{0}".format("ab", "-"), "{:.2%}".format(0.12345), "{:,d}".format(-1234567))
print("{0:>{1}}".format("r", 4), "{}".format(None), "{:e}".format(0), "{:n}".format(1234))
