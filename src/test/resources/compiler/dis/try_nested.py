try:
    try:
        f()
    except A:
        g()
except B:
    h()
