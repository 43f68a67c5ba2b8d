for obj, name in ((1, "foo"), ("s", "uper"), ([], "add"), (None, "x"), ({}, "has_key")):
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(e)
