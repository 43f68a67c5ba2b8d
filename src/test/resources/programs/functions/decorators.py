def trace(func):
    def wrapper(*args, **kwargs):
        print("call", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("->", result)
        return result
    return wrapper

@trace
def add(a, b=0):
    return a + b

add(1, 2)
add(5, b=7)
print(add.__name__, add.__qualname__)
