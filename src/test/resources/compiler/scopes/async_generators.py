async def coro():
    await something()


async def agen():
    yield 1


def gen():
    yield 1


def gen_from():
    yield from range(3)


async def comps(xs):
    a = [await x for x in xs]
    b = [x async for x in xs]
    c = (x async for x in xs)
    d = (await x for x in xs)
    e = (x for x in xs)
    async with ctx() as f:
        pass
    async for g in xs:
        pass
    return a, b, c, d, e, f, g


def gen_lambda():
    return lambda: (yield)


def nested_gen():
    def inner():
        yield
    return inner
