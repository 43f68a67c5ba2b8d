# Seed 000: printing the two closures (addresses differ; the test normalizes them).
def outer_function(x):
    def inner_function(y):
        return x + y
    return inner_function

closure1 = outer_function(10)
closure2 = outer_function(20)
print(closure1)
print(closure2)
print(closure1 is closure2, closure1.__code__ is closure2.__code__)
