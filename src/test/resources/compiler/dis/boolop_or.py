x = a or b
