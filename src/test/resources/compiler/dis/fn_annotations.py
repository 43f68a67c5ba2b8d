def f(a: int, *b: str, c: float = 1.0, **d: bool) -> None:
    pass
