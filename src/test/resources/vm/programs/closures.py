# The seeds' closures: cells shared between a function and the functions nested in it.
def outer_function(x):
    def inner_function(y):
        nonlocal x
        x += 1
        return x + y
    return inner_function


closure1 = outer_function(10)
closure2 = outer_function(20)
print(closure1(5))
print(closure1(5))
print(closure2(5))
print(outer_function.__code__.co_cellvars, outer_function.__code__.co_freevars)
print(closure1.__code__.co_cellvars, closure1.__code__.co_freevars)
print(closure1.__closure__[0].cell_contents)
print(len(closure1.__closure__), outer_function.__closure__)


def add(x):
    def do_add(value):
        return x + value
    return do_add


add_5 = add(5)
print(add_5(1), add_5(2))


def get_func():
    value = "inner"
    def inner_func():
        print(value)
    return inner_func


show_value = get_func()
show_value()


def deco(user_name, password):
    def login(user):
        if not (user_name == "satori" and password == "123"):
            return "wrong"
        else:
            return f"welcome: {user}"
    return login


login = deco("satori", "123")
print(login("koishi"))
print(deco("x", "y")("z"))


def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get


inc, get = counter()
inc()
inc()
print(get(), inc.__closure__[0] is get.__closure__[0])


def three():
    a = 1
    def two():
        b = 2
        def one():
            return a + b
        return one
    return two()


print(three()())


def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]


print(late())


def early():
    return [(lambda i=i: i)() for i in range(3)]


print(early())


def arg_cell(a, b):
    def g():
        return a * 10 + b
    a = 7
    return g()


print(arg_cell(1, 2))


def unbound():
    def g():
        return v
    try:
        g()
    except NameError as e:
        print(type(e), e)
    v = 1
    del v
    try:
        g()
    except NameError as e:
        print(type(e), e)


unbound()


def deleted_cell():
    x = 1
    def g():
        return x
    del x
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e), e)


deleted_cell()


def local_unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e), e)
    y = 2


local_unbound()


def class_in_function():
    x = "cell"
    class C:
        y = x
        x = "class"
        def m(self):
            return x
    return C


C = class_in_function()
print(C.y, C.x, C().m())
print(closure1.__name__, closure1.__qualname__)
