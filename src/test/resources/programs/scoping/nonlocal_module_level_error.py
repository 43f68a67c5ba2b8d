print("never runs")
nonlocal y
