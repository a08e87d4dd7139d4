# expect: writes=no reads=no risk=high approval=n/a
# why: posix.system is os.system: the C module behind os (round 13)
import posix
posix.system('true')
results = {}
