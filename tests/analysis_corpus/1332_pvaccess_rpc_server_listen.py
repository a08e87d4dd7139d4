# expect: writes=yes reads=no risk=low approval=yes
# why: a pvaccess RpcServer serves its registered services on the network when it listens (or starts its listener) (red-team round 43, helper D)
from pvaccess import RpcServer

server = RpcServer()
server.registerService('TEST:echo', lambda request: request)
server.startListener()
server.stop()
