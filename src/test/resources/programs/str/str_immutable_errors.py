s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print(e)
try:
    del s[0]
except TypeError as e:
    print(e)
try:
    s[5]
except IndexError as e:
    print(e)
try:
    s + 1
except TypeError as e:
    print(e)
try:
    s * "2"
except TypeError as e:
    print(e)
try:
    "x" in 5
except TypeError as e:
    print(e)
try:
    1 in "abc"
except TypeError as e:
    print(e)
