print("stars.sub_two loaded")
TWO = 2
