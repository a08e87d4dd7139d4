# expect: writes=yes reads=no risk=low approval=yes
# why: a list's bound append used as a sort key collects the PVs
import epics
box = []
max([epics.PV("SR:MAG:Q1")], key=box.append)
box[0].value = 1.0
