# expect: writes=yes reads=no risk=low approval=yes
# why: a function decorator returns epics.PV(...): the function name is bound to a PV (red-team round 6)
import epics

def channel(func):
    return epics.PV(func.__doc__.strip())

@channel
def qf1():
    """SR:QF1:CURRENT_SP"""

qf1.value = 12.5
results = {}
