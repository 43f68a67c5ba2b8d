prices = {"apple": 1.25, "pear": 0.5, "fig": 3.0}
print({k: round(v * 1.1, 2) for k, v in prices.items() if v < 2})
print([k for k, v in sorted(prices.items(), key=lambda kv: kv[1])])
print({v: k for k, v in prices.items()}[3.0])
