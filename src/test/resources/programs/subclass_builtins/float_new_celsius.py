# float subclasses with __new__: units that keep extra state and convert.
class Celsius(float):
    def __new__(cls, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, v)

    def to_fahrenheit(self):
        return Fahrenheit(self * 9 / 5 + 32)

    def __repr__(self):
        return f"{float(self)}°C"


class Fahrenheit(float):
    def __repr__(self):
        return f"{float(self)}°F"


c = Celsius(100)
print(c, repr(c), c.to_fahrenheit(), type(c + 1).__name__, c > 50, c == 100)
try:
    Celsius(-300)
except ValueError as exc:
    print("ValueError:", exc)
temps = [Celsius(30), Celsius(-5), Celsius(12.5)]
print(sorted(temps), max(temps), sum(temps), type(sum(temps)).__name__, [t.to_fahrenheit() for t in temps])


class Percent(float):
    def __new__(cls, text):
        return float.__new__(cls, text.rstrip("%")) if isinstance(text, str) else float.__new__(cls, text * 100)

    def __str__(self):
        return f"{float(self):g}%"


p = Percent("12.5%")
print(p, str(p), f"{p}", f"{p:.1f}", Percent(0.25), p + 1, repr(p))
