class N:
    def __str__(self):
        return "custom\nnote"
class Bad:
    def __str__(self):
        raise ValueError
e1 = ValueError("a")
e1.__notes__ = "just a string"
e2 = TypeError("b")
e2.__notes__ = [N(), Bad(), "plain\r\nwindows"]
e3 = KeyError("c")
e3.__notes__ = 42
raise ExceptionGroup("notes", [e1, e2, e3])
