eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), OSError(4)])])
eg.add_note("group note")

match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print("notes copied:", match.__notes__, match.__notes__ is eg.__notes__)
print(repr(eg.subgroup(lambda e: isinstance(e, OSError))))
print(eg.split(lambda e: True)[0] is eg)
print(eg.split(KeyError))
print(repr(eg.subgroup((TypeError, OSError))))

for bad in [1, len, (ValueError, 1), "ValueError"]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup("derived " + self.message, excs)


mg = MyGroup("mine", [ValueError(1), TypeError(2)])
m, r = mg.split(ValueError)
print(type(m).__name__, repr(m.message), type(r).__name__, repr(r.message))
try:
    raise mg
except* TypeError as e:
    print("except* uses split too:", type(e).__name__, e.message)
except* ValueError as e:
    print("values:", type(e).__name__, e.message)
