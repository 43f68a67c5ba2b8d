print(1)
foo bar baz
