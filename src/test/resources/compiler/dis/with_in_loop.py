for i in x:
    with a:
        continue
