# expect: writes=yes reads=no risk=low approval=yes
# why: `hcm, vcm = fams` of a helper's tuple of lists: the names are the tuple's lists, so the PV appended to `hcm` is `fams[0][0]` (red-team round 26)
import epics
def make_families():
    return [], []
fams = make_families()
hcm, vcm = fams
hcm.append(epics.PV('SR:HCM1:SP'))
fams[0][0].put(0.0)
