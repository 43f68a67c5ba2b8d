print(True and False, True or False, not True, not 0, not "")
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and "never", None or 0)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
