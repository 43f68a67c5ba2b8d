x = {k: v for k in y for}
