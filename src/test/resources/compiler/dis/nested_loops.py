for i in a:
    for j in b:
        if j:
            break
