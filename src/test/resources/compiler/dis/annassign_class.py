class C:
    x: int = 1
    y: 'str'
