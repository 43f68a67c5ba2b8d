# gi_running, gi_suspended, gi_frame, gi_code, gi_yieldfrom, __name__, __qualname__
def gen(a, b=2):
    c = a + b
    yield c
    d = c * 2
    yield d

g = gen(1)
print(type(g).__name__, g.__name__, g.__qualname__)
print(g.gi_code.co_name, g.gi_code.co_varnames)
print("running", g.gi_running, "suspended", g.gi_suspended)
print("frame locals before start:", g.gi_frame.f_locals)
next(g)
print("suspended", g.gi_suspended, "locals", g.gi_frame.f_locals)
print(g.gi_frame.f_code is g.gi_code, g.gi_frame is g.gi_frame)
print("line", g.gi_frame.f_lineno)
next(g)
print("locals", sorted(g.gi_frame.f_locals.items()), "line", g.gi_frame.f_lineno)
print(list(g))
print("after:", g.gi_frame, g.gi_suspended, g.gi_running, g.gi_yieldfrom)

class Box:
    def items(self):
        yield self
    class Inner:
        def walk(self):
            yield 1

print(Box().items().__qualname__, Box.Inner().walk().__qualname__)
print((x for x in []).__name__, (x for x in []).__qualname__)

def sub():
    yield 1
    yield 2

def deleg():
    yield from sub()

d = deleg()
print(d.gi_yieldfrom)
next(d)
print(type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.__name__, d.gi_yieldfrom.gi_running)
def over_range():
    yield from range(3)
o = over_range()
next(o)
print(type(o.gi_yieldfrom).__name__)
print(repr(g).startswith("<generator object gen at 0x"))
print(repr(Box().items()).startswith("<generator object Box.items at 0x"))
