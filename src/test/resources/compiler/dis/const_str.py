x = 'a'
y = b'b'
