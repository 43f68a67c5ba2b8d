LEAF = True
