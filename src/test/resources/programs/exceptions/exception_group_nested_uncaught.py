def fail(n):
    raise ValueError(f"failure {n}")


errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
inner = ExceptionGroup("inner", errors)
raise ExceptionGroup("outer", [inner, TypeError("plain")])
