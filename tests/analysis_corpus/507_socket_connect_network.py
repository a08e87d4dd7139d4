# expect: writes=no reads=no risk=medium approval=yes
# why: opening a raw connection is network access
import socket
s = socket.create_connection(('archiver.example', 17665), timeout=2)
s.close()
results = {}
