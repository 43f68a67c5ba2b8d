def f():
    def g():
        yield from x
    break

async def h():
    yield from y
