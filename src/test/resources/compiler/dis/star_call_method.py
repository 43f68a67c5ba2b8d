a.b(*c)
