# async with and exceptions: __aexit__ arguments, replacing and suppressing, errors in __aenter__
class Pause:
    def __await__(self):
        yield

class Manager:
    def __init__(self, name, on_exit=None, enter_error=None):
        self.name = name
        self.on_exit = on_exit
        self.enter_error = enter_error
    async def __aenter__(self):
        await Pause()
        if self.enter_error:
            raise self.enter_error
        print("  enter", self.name)
        return self
    async def __aexit__(self, typ, val, tb):
        await Pause()
        print("  exit", self.name, typ.__name__ if typ else None, type(tb).__name__)
        if self.on_exit == "suppress":
            return True
        if self.on_exit == "replace":
            raise RuntimeError("replaced in " + self.name)
        return None

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def body(*managers, error=None):
    async with managers[0]:
        if len(managers) > 1:
            async with managers[1]:
                if error:
                    raise error
        elif error:
            raise error
    return "completed"

print(run(body(Manager("a"))))
print(run(body(Manager("a", "suppress"), error=KeyError("k"))))
print(run(body(Manager("outer", "suppress"), Manager("inner"), error=KeyError("k"))))
try:
    run(body(Manager("outer"), Manager("inner", "replace"), error=KeyError("k")))
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
try:
    run(body(Manager("broken", enter_error=OSError("no enter"))))
except OSError as e:
    print("OSError:", e)
try:
    run(body(Manager("outer"), Manager("inner", enter_error=ValueError("inner enter"))))
except ValueError as e:
    print("ValueError:", e)

async def returns_inside():
    async with Manager("r"):
        return "returned from inside"
print(run(returns_inside()))

async def loop_control():
    out = []
    for i in range(4):
        async with Manager("m%d" % i, "suppress"):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out
print(run(loop_control()))
