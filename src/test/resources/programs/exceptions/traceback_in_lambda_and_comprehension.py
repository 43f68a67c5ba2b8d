data = [1, 2, 0, 4]
inverse = [1 / x for x in data]
