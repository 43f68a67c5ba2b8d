print("failing: before the error")
VALUE = 1
raise RuntimeError("failing module body")
