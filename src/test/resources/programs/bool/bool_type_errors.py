try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print(e)
try:
    bool(1, 2)
except TypeError as e:
    print(e)
try:
    bool(x=1)
except TypeError as e:
    print(e)
print(bool("False"), bool(None))
