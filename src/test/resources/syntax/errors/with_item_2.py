with (a, b as c) as d:
    pass
