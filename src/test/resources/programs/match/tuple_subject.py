def fizzbuzz(n):
    match n % 3, n % 5:
        case 0, 0:
            return "FizzBuzz"
        case 0, _:
            return "Fizz"
        case _, 0:
            return "Buzz"
        case _:
            return str(n)


print(" ".join(fizzbuzz(i) for i in range(1, 16)))


def compare(a, b):
    match a, b:
        case (x, y) if x < y:
            return "less"
        case (x, y) if x > y:
            return "greater"
        case _:
            return "equal"


print(compare(1, 2), compare(3, 2), compare(2, 2))

match *[1, 2], 3:
    case [1, 2, 3]:
        print("starred subject")
