# expect: writes=yes reads=no risk=low approval=yes
# why: a list's bound append kept in a name, then called with a PV
import epics
box = []
add = box.append
add(epics.PV("SR:MAG:Q1"))
box[0].value = 1.0
