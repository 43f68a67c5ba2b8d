# close(): unstarted, suspended, finished, ignoring GeneratorExit, returning from finally
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
    finally:
        print("  finally")

g = gen()
g.close()            # never started: nothing runs
print("unstarted closed")
try:
    next(g)
except StopIteration:
    print("closed generator is exhausted")

g = gen()
next(g)
print(g.close())     # close returns None
g.close()            # closing twice is fine

def stubborn():
    ignored = False
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            if ignored:
                raise
            ignored = True
            print("  ignoring GeneratorExit")

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"

g = returns_on_exit()
next(g)
print("close ->", g.close())

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError("during close")

g = raises_other()
next(g)
try:
    g.close()
except KeyError as e:
    print("KeyError from close:", e)

def raises_stop():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration

g = raises_stop()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# exhausting runs finally too
print(list(gen()))
