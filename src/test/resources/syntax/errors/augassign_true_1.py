True |= 1
