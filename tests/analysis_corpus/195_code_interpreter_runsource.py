# expect: writes=no reads=no risk=high approval=n/a
# why: code.InteractiveInterpreter().runsource runs a string as code
import code
code.InteractiveInterpreter().runsource("import epics; epics.caput('X:Y', 1)")
results = {}
