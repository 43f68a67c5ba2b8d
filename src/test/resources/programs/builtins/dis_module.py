import dis
def square(n):
    return n * n
dis.dis(square)
print(dis.opname[100], dis.opmap["RETURN_VALUE"])
