# Seed 002 (Python源码剖析 11.6.2, closure.py), in Python 3.
def get_func():
    value = "inner"
    def inner_func():
        print(value)
    return inner_func

show_value = get_func()
show_value()
