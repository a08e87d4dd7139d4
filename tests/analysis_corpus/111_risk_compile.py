# expect: writes=no reads=no risk=high approval=n/a
# why: compile() builds code at run time
code = compile("z = 3", "<gen>", "exec")
results = {}
