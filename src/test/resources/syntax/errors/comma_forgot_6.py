x = ['a'
     'b' c]
