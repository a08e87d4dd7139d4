# expect: writes=no reads=no risk=medium approval=yes
# why: a multiprocessing.managers BaseManager/SyncManager with a (host, port) address binds a TCP listener (get_server, start) or connects to one (connect), a raw network server/client like socketserver (round 16)
from multiprocessing.managers import BaseManager, SyncManager

server = BaseManager(address=("127.0.0.1", 0), authkey=b"analysis").get_server()
client = SyncManager(address=("127.0.0.1", 50999), authkey=b"analysis")
try:
    client.connect()
except OSError:
    pass
results = {"listening_on": list(server.address)}
