def classify(f):
    try:
        f()
    except (KeyError, IndexError) as e:
        return "lookup: " + type(e).__name__
    except ZeroDivisionError:
        return "zero"
    except Exception as e:
        return "other: " + repr(e)
    return "ok"
print(classify(lambda: {}["k"]), classify(lambda: [][0]), classify(lambda: 1 / 0))
print(classify(lambda: int("x")), classify(lambda: None))
