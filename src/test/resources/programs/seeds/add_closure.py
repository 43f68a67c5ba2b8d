# Seed 001 (闭包), the opening example, in Python 3.
def add(x):
    def do_add(value):
        return x + value
    return do_add

add_5 = add(5)
print(add_5(1))  # 6
print(add_5(2))  # 7
