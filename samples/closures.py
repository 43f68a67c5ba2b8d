"""A closure that keeps its cell: the example the project grew from (see ../shared/seeds)."""


def outer_function(start):
    count = start

    def inner_function(step):
        nonlocal count
        count += step
        return count

    return inner_function


counter = outer_function(15)
print(counter(1))
print(counter(1))
print(counter(9))
print(counter.__code__.co_freevars, outer_function.__code__.co_cellvars)
