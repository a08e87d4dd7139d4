# expect: writes=yes reads=yes risk=low approval=yes
# why: Read the detector once with staging (writes stage_sigs); profile RE. (red-team round 7)
import bluesky.plan_stubs as bps
import bluesky.preprocessors as bpp

plan = bpp.stage_wrapper(bps.rd(xspress3), [xspress3])
results = {'counts': RE(plan)}
