from a. import b
