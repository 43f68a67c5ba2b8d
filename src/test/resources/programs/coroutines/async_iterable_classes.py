# classes that are async iterables through async generator methods
class Pause:
    def __await__(self):
        yield

class Paginator:
    """Fetches pages lazily; iterating it yields the items of every page."""
    def __init__(self, pages):
        self.pages = pages
        self.fetched = 0
    async def fetch(self, n):
        await Pause()
        self.fetched += 1
        return self.pages[n] if n < len(self.pages) else None
    def __aiter__(self):
        return self.items()
    async def items(self):
        n = 0
        while True:
            page = await self.fetch(n)
            if page is None:
                return
            for item in page:
                yield item
            n += 1

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    p = Paginator([[1, 2], [3], [], [4, 5]])
    every = [x async for x in p]
    firsts = []
    async for x in p:
        firsts.append(x)
        if len(firsts) == 2:
            break
    it = aiter(p)
    one = await anext(it)
    await it.aclose()
    return every, firsts, one, p.fetched

print(run(main()))

class Ticker:
    def __init__(self, n):
        self.n = n
    async def __aiter__(self):
        yield 1

async def wrong():
    async for x in Ticker(1):
        pass
try:
    run(wrong())
except TypeError as e:
    print("TypeError:", e)

async def comprehension_errors():
    try:
        return [x async for x in [1, 2]]
    except TypeError as e:
        return "TypeError: " + str(e)
print(run(comprehension_errors()))
