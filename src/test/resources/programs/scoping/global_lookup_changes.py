# LOAD_GLOBAL sees every change of globals and builtins, however often the same instruction ran before.
import builtins

def read_x():
    return x

x = 1
seen = [read_x() for _ in range(3)]
x = 2
seen.append(read_x())
globals()["x"] = 3
seen.append(read_x())
del x
try:
    read_x()
except NameError as e:
    seen.append(str(e))
x = 4
seen.append(read_x())
print(seen)

# a global shadows a builtin, then goes away again
def length(s):
    return len(s)

print([length("abc") for _ in range(3)])
len = lambda s: -1
print(length("abc"))
del len
print(length("abc"))

# builtins changed underneath
builtins.my_helper = lambda: "first"
def call_helper():
    return my_helper()
print([call_helper() for _ in range(3)])
builtins.my_helper = lambda: "second"
print(call_helper())
del builtins.my_helper
try:
    call_helper()
except NameError as e:
    print("NameError:", e)

# the same code object run with different globals (exec)
src = "def get():\n    return value\n"
ns1 = {"value": "one"}
ns2 = {"value": "two"}
exec(src, ns1)
exec(src, ns2)
print(ns1["get"](), ns2["get"](), ns1["get"](), ns2["get"]())
code = compile("def g():\n    return value\n", "<s>", "exec")
a = {"value": "a"}
b = {"value": "b"}
exec(code, a)
exec(code, b)
for _ in range(3):
    print(a["g"](), b["g"](), end=" ")
print()
a["value"] = "a2"
del b["value"]
b["value"] = "b2"
print(a["g"](), b["g"]())

# a function's globals updated through the dict in a loop
counter_ns = {}
exec("def bump():\n    return n + 1\n", counter_ns)
total = 0
for i in range(50):
    counter_ns["n"] = i
    total += counter_ns["bump"]()
print(total)

# update(), setdefault(), pop(), popitem() on globals
def read_y():
    return y
globals().update(y=10)
print(read_y())
globals().pop("y")
globals().setdefault("y", 20)
print(read_y())
y = 30
print(read_y())
