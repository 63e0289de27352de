eg = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("k")])])
eg.add_note("note on group")
raise eg
