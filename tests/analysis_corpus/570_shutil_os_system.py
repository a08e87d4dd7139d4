# expect: writes=no reads=no risk=high approval=n/a
# why: shutil.os.system is os.system: standard modules keep others as attributes (round 13)
import shutil
shutil.os.system('true')
results = {}
