def inner_group():
    raise ExceptionGroup("inner raised", [ValueError("deep"), KeyError("k")])


try:
    inner_group()
except ExceptionGroup as g:
    caught = g

try:
    raise BaseExceptionGroup("outer base", [caught, KeyboardInterrupt()])
except BaseExceptionGroup as g:
    outer = g

raise BaseExceptionGroup("top", [ValueError("leaf"), outer])
