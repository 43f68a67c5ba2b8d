from os import path, sep as s
from . import x
from ..a import b
