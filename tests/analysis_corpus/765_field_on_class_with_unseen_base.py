# expect: writes=yes reads=no risk=low approval=yes
# why: a class whose base the walk cannot see (picked by a computed name) may derive from any class, so what it stores is every class's field (round 19)
import epics


class Writer:
    def run(self):
        self.pv.put(1)


class Other:
    pass


bases = {"w": Writer, "o": Other}
Base = bases[input("base: ") or "w"]


class Configured(Base):
    def __init__(self):
        self.pv = epics.PV("SR:BPM1:GAIN")


Configured().run()
