# Namespaces as functions: each call gets fresh cells, shared by the functions it returns.
def namespace(**initial):
    store = dict(initial)
    def get(name):
        return store[name]
    def put(name, value):
        store[name] = value
    return get, put

get1, put1 = namespace(a=1)
get2, put2 = namespace(a=2)
put1("a", 10)
put2("b", 3)
print(get1("a"), get2("a"), get2("b"))
try:
    get1("b")
except KeyError as e:
    print("KeyError", e)
