# A loop hot enough to move from the dispatch loop to compiled code (on-stack replacement) raises
# after the move: the traceback still names every frame and line, the hot frame's included.
def inner(n):
    total = 0
    for i in range(n):
        total += i % 7
        if i == n - 1:
            raise ValueError("stopped at %d with %d" % (i, total))
    return total


def middle(n):
    try:
        return inner(n)
    finally:
        print("middle's finally runs")


def outer():
    return middle(200_000) + 1


outer()
