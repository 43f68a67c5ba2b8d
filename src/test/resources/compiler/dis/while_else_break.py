while a:
    if b:
        break
else:
    c()
