for i in a:
    try:
        break
    finally:
        g()
