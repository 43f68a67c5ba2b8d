# An enum-like metaclass: members created at class creation, iteration, lookup by value, immutability.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        for k in members:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        for k, v in members.items():
            m = object.__new__(cls)
            m.name, m.value = k, v
            cls._members[k] = m
        return cls
    def __getattr__(cls, name):
        try:
            return cls.__dict__["_members"][name]
        except KeyError:
            raise AttributeError(name) from None
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")
    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_members", {}):
            raise AttributeError("cannot reassign member " + name)
        super().__setattr__(name, value)
    def __contains__(cls, m):
        return isinstance(m, cls) and m.name in cls._members
class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def lower(self):
        return self.name.lower()
print(Color.RED, Color(2), len(Color), list(Color))
print(Color.RED is Color(1), Color.BLUE.lower(), Color.GREEN in Color, isinstance(Color.RED, Color))
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.PURPLE
except AttributeError as e:
    print("AttributeError:", e)
Color.extra = "ok"
print(Color.extra, type(Color).__name__, [m.value for m in Color])
