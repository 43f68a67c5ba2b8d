# Seed 003: cell variables are not in co_varnames.
def some_func():
    name = "satori"
    age = 17
    gender = "female"
    def inner():
        print(name, age)

    return inner

print(
    some_func.__code__.co_varnames
)  # ('gender', 'inner')
print(some_func.__code__.co_cellvars, some_func.__code__.co_nlocals)
