x = {yield: 1}
