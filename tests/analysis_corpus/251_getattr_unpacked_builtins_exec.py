# expect: writes=yes reads=no risk=high approval=n/a
# why: getattr(builtins, *['ex'+'ec']) reaches exec with the name unpacked from a list
import builtins
f = getattr(builtins, *['ex' + 'ec'])
f("import epics; epics.caput('X:Y', 6.0)")
results = {}
