rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("melons", 1, 3.999)]
print(f"{'item':<8}|{'qty':>5}|{'price':>8}|{'total':>8}")
print("-" * 32)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<8}|{qty:>5d}|{price:>8.2f}|{total:>8.2f}")
print(f"{'sum':<8}|{'':>5}|{'':>8}|{grand:>8.2f}")
