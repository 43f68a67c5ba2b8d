match ()
match []
