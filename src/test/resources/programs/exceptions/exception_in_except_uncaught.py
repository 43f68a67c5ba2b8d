try:
    [][1]
except IndexError as e:
    print("handling", e)
    {}["nested"]
