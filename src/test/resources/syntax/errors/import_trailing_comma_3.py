from . import x as y,
