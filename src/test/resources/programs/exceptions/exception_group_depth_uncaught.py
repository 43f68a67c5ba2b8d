eg = ValueError("bottom")
for level in range(12):
    eg = ExceptionGroup(f"level {level}", [eg])
raise eg
