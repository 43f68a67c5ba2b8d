try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("conversion failed") from e
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
