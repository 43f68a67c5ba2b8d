x = ('abc'
     'def' ghi)
