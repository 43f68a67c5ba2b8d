# athrow/aclose reaching an async generator suspended inside an await (not at a yield)
class Pause:
    def __init__(self, tag):
        self.tag = tag
        self.closed = False
    def __await__(self):
        try:
            yield self.tag
        except ValueError:
            print("  awaitable saw ValueError")
            raise

async def agen():
    try:
        await Pause("inner await")
        yield "first"
    except ValueError:
        yield "agen handled ValueError"
    finally:
        print("  agen finally")

g = agen()
a = g.__anext__()
print(a.send(None))                    # suspended in the await
print(type(g.ag_await).__name__)
try:
    a.throw(ValueError("at await"))
except StopIteration as e:
    print("anext finished with", e.value)
try:
    g.aclose().send(None)
except StopIteration:
    print("first generator closed")

g = agen()
a = g.__anext__()
a.send(None)
try:
    a.throw(KeyError("unhandled"))
except KeyError as e:
    print("KeyError:", e)
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# aclose while another awaitable is active is refused, then works once it finished
g = agen()
a = g.__anext__()
a.send(None)
try:
    g.aclose().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    a.send(None)
except StopIteration as e:
    print("value", e.value)
c = g.aclose()
try:
    c.send(None)
except StopIteration:
    print("closed cleanly")
