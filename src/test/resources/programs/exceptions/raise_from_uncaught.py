def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("could not parse " + text) from e
parse("abc")
