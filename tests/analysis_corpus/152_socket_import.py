# expect: writes=no reads=no risk=medium approval=yes
# why: raw sockets are network access: medium, needs review
import socket
s = socket.socket()
s.close()
results = {}
