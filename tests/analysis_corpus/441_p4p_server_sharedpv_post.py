# expect: writes=yes reads=no risk=low approval=yes
# why: Publish the feedback gain as a PVA PV and update it. (red-team round 7)
from p4p.nt import NTScalar
from p4p.server import Server
from p4p.server.thread import SharedPV

gain = SharedPV(nt=NTScalar('d'), initial=0.1)
with Server(providers=[{'SR:FB:GAIN': gain}]):
    gain.post(0.5)
results = {}
