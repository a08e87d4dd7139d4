# expect: writes=no reads=yes risk=low approval=no
# why: a functional namedtuple of PVs whose fields are read (round 14 false alarm)
import collections
import epics

TunePVs = collections.namedtuple("TunePVs", "h v")
pair = TunePVs(epics.PV("SR:TUNE:H"), epics.PV("SR:TUNE:V"))
results = {"qh": pair.h.get(), "qv": pair.v.get()}
