# Class attributes vs instance attributes: shared mutables, shadowing, class-level counters, deletion.
class Dog:
    species = "canis"
    tricks = []
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def add_trick(self, t):
        self.tricks.append(t)
a, b = Dog("a"), Dog("b")
a.add_trick("roll")
print(b.tricks, Dog.count, a.species is b.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
Dog.species = "changed"
print(a.species, b.species)
print(sorted(Dog.__dict__.keys() - object.__dict__.keys()))
class Child(Dog):
    species = "puppy"
c = Child("c")
print(c.species, Dog.count, Child.count, "count" in Child.__dict__)
Child.count = 100
print(Dog.count, Child.count)
del Child.count
print(Child.count)
try:
    del Child.count
except AttributeError as e:
    print("AttributeError:", e)
try:
    Dog.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.new_attr = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del int.real
except TypeError as e:
    print("TypeError:", e)
print(getattr(Dog, "species"), hasattr(Dog, "name"), hasattr(a, "name"))
