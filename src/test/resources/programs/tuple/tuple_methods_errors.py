t = (1, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2))
for f in (lambda: t.index(9), lambda: t[10], lambda: t + [4], lambda: t.append(5)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
