print(end='' file=x)
