# two-way communication with async generators through asend()
class Pause:
    def __await__(self):
        yield "io"

async def running_total():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        await Pause()
        total += value
    yield "final %d" % total

def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value

g = running_total()
print(run(g.asend(None)))
for v in [5, 10, 20]:
    print(run(g.asend(v)))
print(run(g.asend(None)))
try:
    run(g.asend(1))
except StopAsyncIteration:
    print("exhausted")

g = running_total()
try:
    run(g.asend(3))
except TypeError as e:
    print("TypeError:", e)

# an async generator used as an async iterator while a coroutine sends to another
async def echo_server():
    reply = None
    while True:
        request = yield reply
        if request == "quit":
            return
        reply = request.upper()

async def client(server):
    await server.asend(None)
    out = []
    for msg in ["hi", "there", "quit"]:
        try:
            out.append(await server.asend(msg))
        except StopAsyncIteration:
            out.append("<server gone>")
    return out

print(run(client(echo_server())))
