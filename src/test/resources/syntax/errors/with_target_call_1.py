with a as f(), b as c:
    pass
