# an error inside an async generator consumed with async for
class Pause:
    def __await__(self):
        yield

async def numbers():
    for x in [4, 2, 0]:
        await Pause()
        yield 8 // x

async def main():
    async for v in numbers():
        print("got", v)

c = main()
try:
    while True:
        c.send(None)
except StopIteration:
    pass
