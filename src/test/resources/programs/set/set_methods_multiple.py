a = {1, 2, 3}
print(a.union(), a.intersection({1, 2}, {2, 3}), a.difference({1}, {2}), a.copy(), a.copy() is a)
a.intersection_update({1, 2, 9})
print(a)
a.difference_update({1})
print(a)
a.symmetric_difference_update({2, 7})
print(a)
