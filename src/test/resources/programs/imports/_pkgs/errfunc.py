def divide(a, b):
    result = a / b
    return result

class Box:
    def open(self):
        return self.contents
