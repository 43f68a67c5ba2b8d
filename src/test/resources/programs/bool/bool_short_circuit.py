def loud(v):
    print("eval", v)
    return v
print(loud(0) and loud(1))
print(loud(1) and loud(2))
print(loud(0) or loud(3))
print(loud(4) or loud(5))
print(not loud(None))
