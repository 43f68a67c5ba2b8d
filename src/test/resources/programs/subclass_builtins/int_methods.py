# int's methods called on a subclass instance see its value and return plain ints.
class MyInt(int):
    pass


a = MyInt(12)
print(a.bit_length(), a.bit_count(), a.conjugate(), type(a.conjugate()).__name__)
print(a.real, type(a.real).__name__, a.imag, a.numerator, type(a.numerator).__name__, a.denominator)
print(a.as_integer_ratio(), a.to_bytes(2, "big"), a.__abs__(), a.__neg__(), type(a.__pos__()).__name__)
print(int.__repr__(a), int.__str__(a) if hasattr(int, "__str__") else "", int.__add__(a, MyInt(1)), int.__eq__(a, 12))
print(a.__hash__() == hash(12), a.__bool__(), a.__format__("04d"), a.__trunc__(), type(a.__trunc__()).__name__)
print(int.__lt__(a, 13), int.__add__(a, 1.5), int.__radd__(a, 1), a.__sizeof__() > 0)
print(int.from_bytes(b"\x01\x00", "big"), type(MyInt.from_bytes(b"\x01", "big")).__name__)
try:
    int.bit_length("x")
except TypeError as exc:
    print("TypeError:", exc)
