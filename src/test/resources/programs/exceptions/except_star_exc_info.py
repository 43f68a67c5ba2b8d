import sys

try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("exc_info is the match:", sys.exc_info()[1] is eg, repr(sys.exc_info()[1]))
except* TypeError as eg:
    print("then:", sys.exc_info()[1] is eg, repr(sys.exc_info()[1]))
print("after:", sys.exc_info())
