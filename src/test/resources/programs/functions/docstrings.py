def documented():
    """First line.

    More text.
    """
def not_doc():
    x = 1
    "not a docstring"
print(repr(documented.__doc__))
print(not_doc.__doc__)
print((lambda: 1).__doc__)
