# expect: writes=yes reads=no risk=low approval=yes
# why: an attribute load on a container (ChainMap.maps) returns Plain, so the PV stored inside is lost and `.put(` is suppressed
import collections
import epics

devices = collections.ChainMap({"q1": epics.PV("Q1:SET")}, {})
devices.maps[0]["q1"].put(1.0)
