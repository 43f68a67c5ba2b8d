def f(flag):
    if flag:
        v = "set"
    return v
print(f(True))
try:
    f(False)
except UnboundLocalError as e:
    print(e)
