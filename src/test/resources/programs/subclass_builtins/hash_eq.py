# __eq__ without __hash__ makes a subclass unhashable; __hash__ = base.__hash__ restores it.
class E(int):
    def __eq__(self, other):
        return int(self) % 10 == int(other) % 10


print(E.__hash__, E(3) == 13, 13 == E(3), E(3) != 13)
try:
    {E(1): 1}
except TypeError as exc:
    print("TypeError:", exc)


class H(int):
    def __eq__(self, other):
        return int(self) % 10 == int(other) % 10

    __hash__ = int.__hash__


print({H(3): "x"}.get(3), {H(3): "x"}.get(13), H(3) in {3, 4}, hash(H(7)))


class K(str):
    def __hash__(self):
        return 1


d = {K("a"): 1, K("b"): 2, "a": 3}
print(d, len(d), hash(K("zz")), K("a") == "a", {K("a")} == {"a"})


class T(tuple):
    def __eq__(self, other):
        return len(self) == len(other)

    def __hash__(self):
        return len(self)


print(T((1, 2)) == (3, 4), (3, 4) == T((1, 2)), {T((1, 2)): "pair"}.get(T((8, 9))), hash(T((1,))))
