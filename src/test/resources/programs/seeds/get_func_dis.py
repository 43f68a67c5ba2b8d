# Seed 002: the instructions of closure.py's functions (the book shows Python 2.5's).
import dis

def get_func():
    value = "inner"
    def inner_func():
        print(value)
    return inner_func

dis.dis(get_func)
show_value = get_func()
show_value()
