try:
    f()
except E as e:
    g()
else:
    h()
finally:
    i()
