def parse(text):
    try:
        return {"one": 1}[text]
    except KeyError as e:
        raise ValueError("unknown word " + text) from e


print(parse("one"))
parse("two")
