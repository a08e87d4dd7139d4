# expect: writes=yes reads=no risk=low approval=yes
# why: a subclass initialiser that only hands on to the library's, which puts (round 44, helper G)
import epics.devices

class Amp(epics.devices.SRS570):
    def __init__(self, prefix):
        super().__init__(prefix)

Amp("BL:A3:")
