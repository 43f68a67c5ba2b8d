# a generator cannot resume itself: ValueError "generator already executing"
def selfish():
    yield g.gi_running
    try:
        next(g)
    except ValueError as e:
        print("ValueError:", e)
    yield "after"
    try:
        g.send(1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        g.throw(KeyError)
    except ValueError as e:
        print("ValueError:", e)
    yield "end"

g = selfish()
print("running inside:", next(g))
print("running outside:", g.gi_running)
print(next(g))
print(next(g))

def closer():
    try:
        g2.close()
    except ValueError as e:
        print("close while running:", e)
    yield 1

g2 = closer()
print(next(g2))

# a generator through yield from is running while the inner one runs
def inner():
    yield outer_gen.gi_running
    yield outer_gen.gi_suspended

def outer():
    yield from inner()

outer_gen = outer()
print(list(outer_gen))
