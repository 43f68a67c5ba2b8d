try:
    int("abc")
except ValueError as e:
    print(e.args, e.__traceback__ is not None, e.__cause__, e.__context__)
e = KeyError("k")
print(e.__traceback__, e.with_traceback(None) is e)
e.note_attr = 1
print(e.note_attr)
try:
    raise TypeError("t")
except TypeError as err:
    err.add_note("a note")
    print(err.__notes__)
