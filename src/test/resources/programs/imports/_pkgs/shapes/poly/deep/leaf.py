from ... import KIND
from ...poly import LEVEL
from .... import plain
from . import __name__ as pkgname
where = (KIND, LEVEL, plain.VALUE, pkgname, __name__, __package__)
