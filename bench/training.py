# The training run for ./adder's class-data-sharing archive: touches the common paths once
# (compiler, calls, closures, exceptions, formatting, containers) so their classes are archived.
# ./adder runs it with -Dadder.tier2=eager, so the second tier's classes (the class-file writer,
# hidden-class definition) are archived too: a program's first compiled function then costs
# milliseconds instead of a tenth of a second.
import sys


def make_counter():
    count = 0

    def step(by=1):
        nonlocal count
        count += by
        return count
    return step


c = make_counter()
squares = [i * i for i in range(10) if i % 2]
table = {k: str(v) for k, v in enumerate(squares)}
try:
    1 / 0
except ZeroDivisionError as e:
    message = str(e)
print(c(), c(2), squares, table, {1, 2}, (1,), message, f"{3.14159:.2f}", "%s-%d" % ("a", 1),
      sorted(squares, key=lambda x: -x), max(squares), len("héllo"), repr(b"x"), file=sys.stderr)


def gen(n):
    yield from range(n)


print(sum(gen(3)), file=sys.stderr)
