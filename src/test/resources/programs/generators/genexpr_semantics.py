# generator expressions: laziness, the first iterable evaluated at once, scopes, reuse
log = []
def src(n):
    log.append("src called")
    return range(n)

g = (x * x for x in src(4) if x % 2 == 0)
print(log, type(g).__name__)
print(next(g), list(g), list(g))

# first iterable is evaluated immediately, so errors show at creation
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)

# the inner iterables and conditions are lazy
def lazy():
    return (y for x in range(2) for y in undefined_name)
lg = lazy()
try:
    next(lg)
except NameError as e:
    print("NameError:", e)

print(sum(x for x in range(101)))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(dict((k, v) for k, v in zip("abc", range(3))))
print(tuple(c.upper() for c in "xyz"), "".join(str(i) for i in range(5)))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in []))

# nested generator expressions and class scope
class C:
    xs = [1, 2, 3]
    ys = list(x * 2 for x in xs)
print(C.ys)

gen2 = ((i, j) for i in range(3) for j in range(i))
print(list(gen2))
it = iter(range(3))
pairs = ((a, b) for a in it for b in it)
print(list(pairs))
e = (x for x in [])
print(list(e), next(e, "empty"))
g = (x for x in range(3))
print(g.send(None), g.gi_frame.f_locals.keys() - {".0"} == {"x"})
