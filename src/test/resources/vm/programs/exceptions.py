import sys


def f():
    try:
        raise ValueError("bad")
    except ValueError as e:
        print("caught", e, type(e))
        return 1
    finally:
        print("finally")


print(f())


def nested():
    try:
        try:
            {}["k"]
        except KeyError:
            raise RuntimeError("wrapped")
    except RuntimeError as e:
        print(repr(e), type(e.__context__).__name__, e.__cause__, e.__suppress_context__)


nested()


def cause():
    try:
        try:
            [][1]
        except IndexError as e:
            raise TypeError("t") from e
    except TypeError as e:
        print(type(e.__cause__).__name__, e.__suppress_context__)
    try:
        raise TypeError("u") from None
    except TypeError as e:
        print(e.__cause__, e.__suppress_context__)


cause()


def reraise():
    try:
        try:
            raise KeyError("x")
        except KeyError:
            print("inner", sys.exc_info()[0])
            raise
    except KeyError as e:
        print("outer", repr(e))
    print(sys.exc_info())


reraise()


def else_clause():
    try:
        v = 1
    except Exception:
        v = 2
    else:
        v += 10
    finally:
        v += 100
    return v


print(else_clause())


def finally_return():
    try:
        return "try"
    finally:
        print("cleanup")


print(finally_return())


def override():
    try:
        raise ValueError
    finally:
        return "swallowed"


print(override())


class Manager:
    def __init__(self, name, suppress):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, tp, value, tb):
        print("exit", self.name, tp, value)
        return self.suppress


with Manager("a", False) as m:
    print("body", m.name)
with Manager("b", True):
    raise ValueError("inside")
try:
    with Manager("c", False), Manager("d", False):
        raise KeyError("k")
except KeyError as e:
    print("escaped", repr(e))


class MyError(ValueError):
    pass


try:
    raise MyError("mine")
except ValueError as e:
    print(type(e), isinstance(e, MyError), e.args)
try:
    raise MyError
except (TypeError, MyError) as e:
    print("tuple match", repr(e))
try:
    try:
        raise 5
    except TypeError as e:
        print(e)
    try:
        pass
    except 5:
        pass
    raise ValueError("v")
except ValueError as e:
    print(e)
try:
    try:
        raise ValueError("v")
    except 5:
        pass
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
try:
    assert 1 == 2, "message"
except AssertionError as e:
    print("assert", e)
e = "kept"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(err)
for i in range(3):
    try:
        if i == 1:
            raise ValueError(i)
        print("ok", i)
    except ValueError as err:
        print("loop", err)
print(sys.exc_info())


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as err:
    print(err)


def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n


print(count(0))
