print("shadow.sub loaded")
