x = None
y = True
z = False
w = ...
