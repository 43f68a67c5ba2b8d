word = "python"
print(word[2])
print(word[10])
