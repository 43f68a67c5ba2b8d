class Base:
    def hello(self):
        return "base"


class Child(Base):
    def hello(self):
        return super().hello()

    def explicit(self):
        return __class__

    def nested(self):
        def inner():
            return super(Child, self)
        return inner

    def lam(self):
        return lambda: super()


class NoCell(Base):
    def hello(self):
        return "plain"


def factory():
    class Local(Base):
        def hello(self):
            return super().hello() + "!"
    return Local


class Body:
    __class__ = 1
    x = __class__
