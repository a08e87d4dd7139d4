# expect: writes=no reads=no risk=high approval=n/a
# why: runpy runs a module as code
import runpy
runpy.run_module('evilmod')
results = {}
