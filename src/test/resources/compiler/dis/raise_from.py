raise ValueError from e
