for i in a:
    if i:
        continue
    if i > 3:
        break
