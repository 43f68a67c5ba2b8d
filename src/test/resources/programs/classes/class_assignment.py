# obj.__class__ = Other: allowed between compatible Python classes, refused otherwise.
class Cat:
    def speak(self): return "meow"
class Dog:
    def speak(self): return "woof"
pet = Cat()
pet.name = "rex"
print(pet.speak())
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Dog), pet.name)
try:
    pet.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    pet.__class__ = "Dog"
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a",)
class S3(S1):
    pass
s = S1()
try:
    s.__class__ = S2
except TypeError as e:
    print("TypeError:", e)
try:
    s.__class__ = Cat
except TypeError as e:
    print("TypeError:", e)
class S4(S1):
    __slots__ = ()
s.__class__ = S4
print(type(s).__name__)
try:
    del pet.__class__
except TypeError as e:
    print("TypeError:", e)

class State:
    def handle(self):
        print("base state")
class Open(State):
    def handle(self):
        print("open -> closed")
        self.__class__ = Closed
class Closed(State):
    def handle(self):
        print("closed -> open")
        self.__class__ = Open
door = Open()
for _ in range(3):
    door.handle()
print(type(door).__name__)
