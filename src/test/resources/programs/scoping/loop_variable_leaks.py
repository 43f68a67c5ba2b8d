for i in range(3):
    pass
print(i)
def f():
    for j in []:
        pass
    try:
        return j
    except UnboundLocalError as e:
        return "unbound: " + str(e)
print(f())
