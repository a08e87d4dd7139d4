# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: an exception carries a read value and a message; nothing is written
import epics

class OutOfRange(Exception):
    pass

def check(name):
    value = epics.caget(name)
    if value is None or value > 5.0:
        raise OutOfRange(name, value)
    return value

try:
    results = {"current": check("SR:MAG:Q1:I")}
except OutOfRange as e:
    results = {"error": f"{e.args[0]} out of range: {e.args[1]}"}
