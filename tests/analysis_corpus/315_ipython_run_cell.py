# expect: writes=yes reads=no risk=high approval=n/a
# why: get_ipython().run_cell(string) runs code from a string (a caput) in the Jupyter executor
shell = get_ipython()
shell.run_cell("import epics\nepics.caput('SR:QUAD01:SETPT', 12.5)")
results = {}
