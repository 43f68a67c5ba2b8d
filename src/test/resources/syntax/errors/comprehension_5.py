x = [i for in y]
