while True:
    if a:
        break
    a += 1
