print("stars.sub_one loaded")
ONE = 1
