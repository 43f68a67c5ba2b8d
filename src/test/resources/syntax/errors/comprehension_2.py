x = [i, j for i, j in y]
