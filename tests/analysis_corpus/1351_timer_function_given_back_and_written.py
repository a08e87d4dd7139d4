# expect: writes=yes reads=yes risk=low approval=yes
# why: the guard for 1349: the Timer's kept function gives its PV back, which is written
import threading
import epics
pv = epics.PV("SR:PS1:SP")
t = threading.Timer(10, pv.get)
t.function.__self__.put(3.0)
results = {}
