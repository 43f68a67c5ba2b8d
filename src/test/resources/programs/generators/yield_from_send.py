# send() goes through yield from to the innermost generator
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

def delegator(log):
    while True:
        result = yield from accumulate()
        log.append(result)
        if len(log) >= 2:
            return log

log = []
d = delegator(log)
print(next(d))
for v in (1, 2, 3):
    print("sent", v, "->", d.send(v))
print(d.send(None))
for v in (10, 20):
    d.send(v)
try:
    d.send(None)
except StopIteration as e:
    print("delegator returned", e.value)
assert log == [6, 30]

# send to an iterator without send() through yield from
def over_list():
    yield from [1, 2, 3]

g = over_list()
print(next(g))
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError:", e)

# an iterator class with send()
class Sink:
    def __init__(self):
        self.got = []
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, v):
        self.got.append(v)
        if len(self.got) > 3:
            raise StopIteration("sink full")
        return len(self.got)

def wrap(s):
    r = yield from s
    return r

s = Sink()
w = wrap(s)
print(next(w), w.send("a"), w.send("b"))
try:
    w.send("c")
except StopIteration as e:
    print("wrapped return", e.value)
print(s.got)
