# expect: writes=yes reads=no risk=low approval=yes
# why: RE and devices from the start-up profile: bps.mv still names the move
# The RunEngine and devices come from the IPython start-up profile.
import bluesky.plan_stubs as bps
RE(bps.mv(dcm.energy, 7112.0))
results = {}
