# expect: writes=no reads=yes risk=low approval=no
# why: what super().channels() returns, updated with PVs that are then read (round 14 false alarm)
import epics


class Base:
    def channels(self):
        return {"current": epics.PV("SR:DCCT:Current")}


class Ring(Base):
    def channels(self):
        ch = super().channels()
        ch.update({"lifetime": epics.PV("SR:Lifetime")})
        return ch


results = {k: pv.get() for k, pv in Ring().channels().items()}
