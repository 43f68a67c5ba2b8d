# Seed 001: dis of add(x, y) with do_add, do_add2 and do_add3.
import dis

def add(x, y):

    def do_add(value):
        return x + value

    def do_add2(value):
        return y + value

    def do_add3(value):
        return x + y + value

    return do_add

dis.dis(add)
