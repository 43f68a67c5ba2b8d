items = ["a", "b", "c"]
d = {"key": "value"}
print(f"{len(items)} items: {', '.join(items)}", f"{d['key'].upper()}", f"{'yes' if items else 'no'}")
print(f"{(lambda x: x * 2)(21)}", f"{[i ** 2 for i in range(4)]}", f"{3 > 2 and 'true'}", f"{1,}")
x = 7
print(f"{x:>{x}}|", f"{x!r:^5}|", f"{x:#b}", f"{x * 1.5:.1f}")
