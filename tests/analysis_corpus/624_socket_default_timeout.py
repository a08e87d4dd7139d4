# expect: writes=no reads=yes risk=low approval=no
# why: socket.setdefaulttimeout opens nothing (round 14 false alarm)
import socket
import epics

socket.setdefaulttimeout(5)
results = {"current": epics.caget("SR:DCCT:Current")}
