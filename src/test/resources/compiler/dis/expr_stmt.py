f()
a
1
