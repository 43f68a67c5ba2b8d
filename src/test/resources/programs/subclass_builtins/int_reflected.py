# A subclass's reflected operator runs first when it overrides it (binary_op1), also against int.
class Rev(int):
    def __radd__(self, other):
        return ("Rev.__radd__", other)

    def __rmul__(self, other):
        return NotImplemented


print(1 + Rev(2), Rev(2) + 1, type(Rev(2) + 1).__name__)
print(3 * Rev(2), Rev(2) * 3)


class Cmp(int):
    def __eq__(self, other):
        return "Cmp.__eq__"

    def __gt__(self, other):
        return "Cmp.__gt__"

    __hash__ = int.__hash__


print(1 == Cmp(1), Cmp(1) == 1, 1 < Cmp(5), Cmp(5) > 1, hash(Cmp(9)) == 9)


class F(float):
    def __radd__(self, other):
        return "F.__radd__"


print(1.5 + F(1), 1 + F(1), F(1) + 1.5, type(F(1) + 1.5).__name__)
