sub = "attribute, not the submodule"
from . import real_sub
