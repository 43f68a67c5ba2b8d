'doc'
x = 1
