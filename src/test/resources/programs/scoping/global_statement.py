counter = 0
def bump():
    global counter
    counter += 1
    return counter

bump(); bump()
print(counter, bump())
def define_new():
    global brand_new
    brand_new = "created"
define_new()
print(brand_new)
assert counter == 3 and brand_new == "created"
