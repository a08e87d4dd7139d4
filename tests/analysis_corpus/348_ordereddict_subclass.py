# expect: writes=yes reads=no risk=low approval=yes
# why: same as 413 with collections.OrderedDict as base: items stored through self[...] in a method are lost
import collections
import epics


class Knobs(collections.OrderedDict):
    def add(self, name):
        self[name] = epics.PV(name)


k = Knobs()
k.add("Q1:SET")
k["Q1:SET"].value = 1.0
