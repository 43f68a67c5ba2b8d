print("a" < "b", "a" < "B", "apple" < "apricot", "" < "a", "Z" < "a", "abc" == "abc", "a" != "a")
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["b", "a", "C"], key=str.lower))
print(max(["aa", "b"]), "é" > "z", "\U0001F600" > "\uffff")
