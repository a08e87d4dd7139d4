# expect: writes=yes reads=no risk=low approval=yes
# why: Prepare the PandA flyer with a trajectory; profile RE. (red-team round 7)
import bluesky.plan_stubs as bps

def arm(traj):
    yield from bps.prepare(panda, traj, wait=True)

RE(arm({'start': 0.0, 'stop': 2.0, 'num': 200}))
results = {}
