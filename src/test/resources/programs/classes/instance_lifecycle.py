# An object's life: __new__ builds, __init__ fills, attributes change, copies made by hand, identity and vars.
class Node:
    created = 0
    def __new__(cls, *args, **kw):
        Node.created += 1
        inst = super().__new__(cls)
        inst.serial = Node.created
        return inst
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def copy(self):
        new = type(self).__new__(type(self))
        new.__dict__.update(self.__dict__)
        new.children = [c.copy() for c in self.children]
        return new
    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()
    def __repr__(self):
        return f"Node({self.value!r}, serial={self.serial})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(list(tree.walk()), Node.created, tree)
dup = tree.copy()
print(list(dup.walk()), dup.serial, Node.created, dup is not tree, dup.children[0] is not tree.children[0])
dup.children[1].value = 30
print(list(tree.walk()), list(dup.walk()))
print(sorted(vars(tree)), id(tree) == id(tree), tree != dup)
class Leaf(Node):
    def __init__(self, value):
        super().__init__(value)
        self.leaf = True
lf = Leaf("x")
print(lf, lf.leaf, lf.children, type(lf.copy()).__name__)
