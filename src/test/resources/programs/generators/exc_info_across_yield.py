# sys.exc_info() inside a generator is saved across yields and does not leak out
import sys

def gen():
    try:
        raise ValueError("inside")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[1].args
    yield sys.exc_info()

g = gen()
print(next(g))
print("outside:", sys.exc_info())
try:
    raise KeyError("outer")
except KeyError:
    print(next(g))
    print("outer still:", sys.exc_info()[0].__name__)
print(next(g))   # the generator's own exc_info is gone
print(sys.exc_info())

# an exception raised in a generator while the caller handles one gets it as context
def raiser():
    yield 1
    raise RuntimeError("from gen")

r = raiser()
next(r)
try:
    try:
        raise TypeError("handling")
    except TypeError:
        next(r)
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))

# thrown exceptions get the generator's handled exception as context
def waiting():
    try:
        raise IndexError("pending")
    except IndexError:
        try:
            yield 1
        except KeyError as e:
            yield repr(e.__context__)

w = waiting()
next(w)
print(w.throw(KeyError("thrown")))
