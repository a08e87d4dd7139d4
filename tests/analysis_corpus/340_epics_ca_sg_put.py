# expect: writes=yes reads=no risk=low approval=yes
# why: epics.ca.sg_put (synchronous-group put) is not in the pyepics table; unknown epics.* functions are not flagged
from epics import ca

chids = [ca.create_channel(n) for n in ("Q1:SET", "Q2:SET")]
gid = ca.sg_create()
for chid, value in zip(chids, (1.5, 2.5)):
    ca.sg_put(gid, chid, value)
ca.sg_block(gid)
