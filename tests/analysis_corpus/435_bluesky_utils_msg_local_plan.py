# expect: writes=yes reads=no risk=low approval=yes
# why: Plan built from bluesky.utils.Msg; profile RE. (red-team round 7)
from bluesky.utils import Msg

def open_shutter():
    yield Msg('set', fe_shutter, 'Open')

RE(open_shutter())
results = {}
