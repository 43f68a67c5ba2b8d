# generator-based coroutines driven by send(): an averager, a grep sink, a state machine
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
next(avg)
for v in (10, 20, 60):
    print("avg", avg.send(v))

def coroutine(func):
    def start(*args, **kwargs):
        g = func(*args, **kwargs)
        next(g)
        return g
    return start

@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

@coroutine
def collector(out):
    try:
        while True:
            out.append((yield))
    except GeneratorExit:
        out.append("<closed>")

found = []
sink = collector(found)
g = grep("py", sink)
for line in ["python", "java", "pypy", "ruby", "cpython"]:
    g.send(line)
g.close()
sink.close()
print(found)

@coroutine
def turnstile():
    state = "locked"
    log = []
    while True:
        event = yield state
        if event == "report":
            return log
        if state == "locked" and event == "coin":
            state = "unlocked"
        elif state == "unlocked" and event == "push":
            state = "locked"
        log.append((event, state))

t = turnstile()
for ev in ["push", "coin", "coin", "push", "push"]:
    print(ev, "->", t.send(ev))
try:
    t.send("report")
except StopIteration as e:
    print(e.value)
