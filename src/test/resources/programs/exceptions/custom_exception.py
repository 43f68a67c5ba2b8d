class MyError(ValueError):
    pass
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
try:
    raise MyError("custom")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, MyError), repr(e))
try:
    raise AppError(404, "not found")
except AppError as e:
    print(e.code, e.args, e)
print(MyError.__mro__[1].__name__, issubclass(MyError, Exception))
