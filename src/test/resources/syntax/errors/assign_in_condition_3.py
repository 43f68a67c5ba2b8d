elif_ = 1
if x:
    pass
elif y = 2:
    pass
