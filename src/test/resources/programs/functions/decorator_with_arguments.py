def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate

@repeat(3)
def greet(name):
    return "hi " + name

print(greet("ann"))
def stack(tag):
    return lambda f: lambda: "<" + tag + ">" + f() + "</" + tag + ">"
@stack("b")
@stack("i")
def text():
    return "x"
print(text())
