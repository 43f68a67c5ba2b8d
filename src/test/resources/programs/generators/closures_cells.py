# generators that close over cells, and cells of generators
def counter_pair():
    count = 0
    def gen():
        nonlocal count
        while True:
            count += 1
            yield count
    def peek():
        return count
    return gen(), peek

g, peek = counter_pair()
print(next(g), next(g), peek())

def make_gens():
    gens = []
    for i in range(3):
        def g(i=i):
            yield i * 10
        gens.append(g())
    late = [(lambda: i) for i in range(3)]
    return [next(x) for x in gens], [f() for f in late]

print(make_gens())

def outer():
    x = 1
    def inner():
        yield x
        yield x
    g = inner()
    first = next(g)
    x = 2
    second = next(g)
    return first, second

print(outer())

def gen_with_closure():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for k in range(4):
        add(k)
        yield total

print(list(gen_with_closure()))
g = gen_with_closure()
next(g); next(g)
loc = g.gi_frame.f_locals
print(sorted(k for k in loc), loc["total"], loc["k"])

def genexpr_closure():
    base = 100
    return (base + v for v in range(3))

print(list(genexpr_closure()))

# a generator function defined in a class body method closing over self
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids
    def walk(self):
        def visit(node, depth):
            yield depth, node.v
            for k in node.kids:
                yield from visit(k, depth + 1)
        return visit(self, 0)

t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t.walk()))
