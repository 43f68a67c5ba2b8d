print("shadow.real_sub loaded")
