def greet():
    return "hello " + nmae

print(greet())
