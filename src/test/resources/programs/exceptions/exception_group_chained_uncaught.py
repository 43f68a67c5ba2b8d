def member():
    try:
        {}["key"]
    except KeyError as e:
        raise ValueError("converted") from e


try:
    member()
except ValueError as v:
    failure = v

try:
    raise ExceptionGroup("with chains", [failure, TypeError("plain")])
except ExceptionGroup:
    raise RuntimeError("while handling the group")
