# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: atexit.register(epics.ca.finalize_libca), a neutral function, then cagets (round 6)
import atexit
import epics

atexit.register(epics.ca.finalize_libca)
current = epics.caget('SR:DCCT:CURRENT', timeout=2.0)
lifetime = epics.caget('SR:LIFETIME', timeout=2.0)
results = {'current_mA': current, 'lifetime_h': lifetime}
