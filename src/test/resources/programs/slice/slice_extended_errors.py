xs = [1, 2, 3]
for f in (lambda: xs[::0], lambda: xs["a":], lambda: "abc"[1.5:]):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(xs[None:None], xs[True:])
