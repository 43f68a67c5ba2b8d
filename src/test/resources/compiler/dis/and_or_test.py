if a and b or c:
    f()
