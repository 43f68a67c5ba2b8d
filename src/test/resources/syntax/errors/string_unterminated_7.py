x = ('abc',
     'def)
