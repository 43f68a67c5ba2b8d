def outer():
    global declared
    def declared():
        def inner():
            pass
        return inner
    class Glob:
        pass
    return declared, Glob


def outer2():
    global Cls
    class Cls:
        def m(self):
            pass
    return Cls
