try:
    undefined_thing
except NameError as e:
    print(e)
def f():
    return also_undefined
try:
    f()
except NameError as e:
    print(e)
try:
    del never_defined
except NameError as e:
    print(e)
