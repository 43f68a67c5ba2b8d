# nothing in a generator body runs until the first next(); arguments are evaluated at the call
trace = []

def noisy(name):
    trace.append("start " + name)
    try:
        for i in range(2):
            trace.append("%s yields %d" % (name, i))
            yield i
    finally:
        trace.append("end " + name)

def arg(v):
    trace.append("arg %r" % v)
    return v

g = noisy(arg("a"))
print(trace)
print(next(g), trace)
trace.clear()
h = noisy("b")
print(list(zip(g, h)), trace)
trace.clear()

# interleaving two generators shows their order of execution
def merge(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)

print(list(merge(noisy("x"), noisy("y"))))
for t in trace:
    print(t)
trace.clear()

# a generator expression's first iterable is evaluated eagerly, the rest lazily
def src(name, n):
    trace.append("src " + name)
    return range(n)
ge = (a * b for a in src("outer", 2) for b in src("inner", 2))
print(trace)
print(list(ge), trace)
