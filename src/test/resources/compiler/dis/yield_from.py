def f():
    yield from g()
