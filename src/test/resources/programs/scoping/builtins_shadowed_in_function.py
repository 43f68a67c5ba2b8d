def f():
    print = lambda *a: None
    print("you will not see this")
    return "done"
print(f())
def g(list):
    return list
print(g(5), list("ab"))
