# expect: writes=yes reads=no risk=low approval=yes
# why: __set_name__ runs when the owner class is created, with the owner class
import epics
class D:
    def __set_name__(self, owner, name):
        owner.pv.value = 1
class Owner:
    pv = epics.PV("SR:MAG:Q1")
    d = D()
