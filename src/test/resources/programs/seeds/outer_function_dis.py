# Seed 000: the closure's bytecode, as dis prints it in CPython 3.11.
def outer_function(x):
	def inner_function(y):
		nonlocal x
		x += 1
		return x + y

	return inner_function


if __name__ == '__main__':
	import dis

	dis.dis(outer_function)
