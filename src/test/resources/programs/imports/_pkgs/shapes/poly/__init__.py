from ..base import Shape
from .. import KIND as PARENT_KIND
LEVEL = 2
