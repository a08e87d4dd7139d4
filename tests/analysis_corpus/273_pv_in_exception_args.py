# expect: writes=yes reads=no risk=low approval=yes
# why: a PV carried in a local exception's arguments from raise to a broad except
import epics
class Carry(Exception):
    pass
def f():
    raise Carry("x", epics.PV("SR:MAG:Q1"))
try:
    f()
except Exception as e:
    e.args[1].value = 3.0
