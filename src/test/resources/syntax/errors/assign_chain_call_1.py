a = b() = c
