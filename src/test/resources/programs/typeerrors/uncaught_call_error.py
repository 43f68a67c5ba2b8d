# An uncaught TypeError: the traceback and message as CPython 3.11 prints them.
def area(width, height):
    return width * height

def report(shapes):
    for w, h in shapes:
        print(area(w))

report([(2, 3)])
