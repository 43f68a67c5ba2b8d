# User exception hierarchies: custom __init__/__str__, attributes, catching by base, chaining.
class AppError(Exception):
    """Base of the application's errors."""
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key
class Invalid(AppError, ValueError):
    def __str__(self):
        return "invalid: " + ", ".join(map(str, self.args))

for exc in (NotFound("k"), Invalid(1, 2), AppError("plain")):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, str(e), e.args, isinstance(e, ValueError))
try:
    raise Invalid("x")
except ValueError as e:
    print("caught as ValueError:", e)
print([c.__name__ for c in Invalid.__mro__])
print(NotFound("a").key, repr(NotFound("a")), AppError.__doc__)

class WithFields(Exception):
    def __init__(self, code, msg="default"):
        self.code = code
        self.msg = msg
e = WithFields(404)
print(e.args, e.code, e.msg, str(e), repr(e))
try:
    try:
        raise NotFound("inner")
    except NotFound as inner:
        raise AppError("outer") from inner
except AppError as outer:
    print(outer, "<-", repr(outer.__cause__), outer.__suppress_context__)
class Quiet(Exception):
    pass
q = Quiet()
q.extra = "attr"
print(q.extra, q.__dict__)
try:
    raise Quiet
except Quiet as caught:
    print(type(caught).__name__, caught.args)
class Custom(BaseException):
    pass
try:
    try:
        raise Custom("not an Exception")
    except Exception:
        print("wrong handler")
except BaseException as b:
    print("BaseException handler:", b)
print(issubclass(Invalid, (KeyError, AppError)), issubclass(NotFound, LookupError))
