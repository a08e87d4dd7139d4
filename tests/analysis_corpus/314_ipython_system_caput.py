# expect: writes=yes reads=no risk=high approval=n/a
# why: in the Jupyter executor get_ipython() is a builtin; .system() runs a shell (here the caput CLI)
shell = get_ipython()
shell.system("caput SR:QUAD01:SETPT 12.5")
results = {}
