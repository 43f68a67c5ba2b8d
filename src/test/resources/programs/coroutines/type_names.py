# the types of the objects generators and coroutines produce, and what cannot be done with them
async def coro():
    pass

async def agen():
    yield

def gen():
    yield

objs = {}
c = coro()
g = agen()
objs["coroutine"] = c
objs["wrapper"] = c.__await__()
objs["async_generator"] = g
objs["asend"] = g.asend(None)
objs["athrow"] = g.athrow(ValueError)
objs["aclose"] = g.aclose()
objs["anext default"] = anext(g, 1)
objs["generator"] = gen()
objs["genexpr"] = (x for x in [])
for name, o in objs.items():
    print(name, "->", type(o).__name__)
for t in [type(c), type(g), type(gen())]:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
for o in [c, g]:
    try:
        o.cr_running = True if o is c else None
    except AttributeError as e:
        print("AttributeError:", type(e).__name__)
print(hasattr(g, "__anext__"), hasattr(g, "__next__"), hasattr(c, "__iter__"), hasattr(gen(), "__await__"))
c.close()
objs["wrapper"].close()
