# await in many expression positions
class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "io"
        return self.v

async def get(v):
    return await Value(v)

def f(a, b, *, c):
    return a + b * c

async def main():
    r = []
    r.append(await get(1) + await get(2))
    r.append(f(await get(1), await get(2), c=await get(3)))
    r.append([await get(i) for i in range(3)])
    r.append({await get("k"): await get("v")})
    r.append(await get(True) and await get("and"))
    r.append(await get(0) or await get("or"))
    r.append(await get(5) if await get(False) else await get(6))
    r.append(f"{await get('fmt')}-{await get(7):03d}")
    r.append(-await get(8))
    r.append((await get([1, 2, 3]))[1])
    r.append(await get(await get(9)))
    x = await get(10)
    x += await get(1)
    r.append(x)
    try:
        r.append(await get(1) / await get(0))
    except ZeroDivisionError:
        r.append("div")
    finally:
        r.append(await get("finally"))
    while await get(len(r)) < 17:
        r.append(await get(len(r)))
    return r

c = main()
n = 0
try:
    while True:
        assert c.send(None) == "io"
        n += 1
except StopIteration as e:
    print(e.value)
print("suspensions:", n)
