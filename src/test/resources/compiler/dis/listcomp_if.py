x = [i for i in a if i if i > 2]
