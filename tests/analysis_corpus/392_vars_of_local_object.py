# expect: writes=yes reads=no risk=low approval=yes
# why: vars(magnet)['sp'].value = v: vars() of a local object holding a PV (red-team round 6)
import epics

class Magnet:
    def __init__(self):
        self.sp = epics.PV('SR:QF1:CURRENT_SP')

m = Magnet()
fields = vars(m)
fields['sp'].value = 12.5
results = {}
