x = {i for i in a}
