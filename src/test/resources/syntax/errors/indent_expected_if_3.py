if x:
# comment

print(1)
