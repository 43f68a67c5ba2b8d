match ()
