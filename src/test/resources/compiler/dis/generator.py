def f():
    yield 1
    yield
