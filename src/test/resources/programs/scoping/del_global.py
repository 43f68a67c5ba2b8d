a = 1
def remove():
    global a
    del a
remove()
try:
    a
except NameError as e:
    print("NameError:", e)
a = 2
print(a)
