async def f():
    async for i in a:
        print(i)
