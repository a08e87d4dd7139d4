# expect: writes=yes reads=no risk=low approval=yes
# why: Park all slit blades at once; RE and slits come from the profile. (red-team round 7)
import bluesky.plan_stubs as bps

blades = [slits.top, slits.bottom, slits.inb, slits.outb]
RE(bps.broadcast_msg('set', blades, 0.0))
results = {}
