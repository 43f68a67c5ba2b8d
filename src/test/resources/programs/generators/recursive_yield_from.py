# recursive generators: trees, permutations, flattening, hanoi
class Node:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right

def insert(node, v):
    if node is None:
        return Node(v)
    if v < node.value:
        node.left = insert(node.left, v)
    else:
        node.right = insert(node.right, v)
    return node

root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 65]:
    root = insert(root, v)
print(list(root))
print(sum(root), max(root), 40 in root)

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest

print(["".join(p) for p in permutations("abc")])
print(sum(1 for _ in permutations(list(range(6)))))

def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (n, a, c)
        yield from hanoi(n - 1, b, a, c)

moves = list(hanoi(4))
print(len(moves), moves[:5])

def depth_first(tree, path=()):
    for key, sub in tree.items():
        here = path + (key,)
        if isinstance(sub, dict):
            r = yield from depth_first(sub, here)
            yield "/".join(here) + "/ (%d files)" % r
        else:
            yield "/".join(here)
    return len(tree)

fs = {"src": {"main.py": 1, "util": {"a.py": 1, "b.py": 1}}, "README": 1}
for p in depth_first(fs):
    print(p)

def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    return r + 1

g = deep(200)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("depth", e.value)
