# expect: writes=yes reads=no risk=low approval=yes
# why: Custom plan with raw Msg objects; RE and dcm come from the start-up profile. (red-team round 7)
from bluesky import Msg

def goto_edge(energy):
    yield Msg('set', dcm.energy, energy, group='A')
    yield Msg('wait', None, group='A')

RE(goto_edge(7112.0))
results = {}
