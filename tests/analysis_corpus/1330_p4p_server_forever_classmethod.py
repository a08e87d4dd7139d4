# expect: writes=yes reads=no risk=low approval=yes
# why: p4p's Server.forever classmethod (the class imported under another name) makes a server and serves its providers' channels (red-team round 43, helper D)
from p4p.server import Server as PVAServer, StaticProvider
from p4p.nt import NTScalar
from p4p.server.thread import SharedPV

provider = StaticProvider('example')
provider.add('TEST:X', SharedPV(nt=NTScalar('d'), initial=0.0))
PVAServer.forever(providers=[provider])
