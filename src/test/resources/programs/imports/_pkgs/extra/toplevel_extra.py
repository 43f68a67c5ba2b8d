NAME = "toplevel_extra"
