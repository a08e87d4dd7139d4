# expect: writes=no reads=no risk=medium approval=yes
# why: wsgiref.simple_server.make_server binds a listening socket (an http.server subclass under another path) (round 15)
from wsgiref.simple_server import make_server
srv = make_server('127.0.0.1', 0, lambda env, start: [])
srv.server_close()
results = {}
