# expect: writes=yes reads=no risk=low approval=yes
# why: global of a private name in a class stores the module's mangled name (red-team round 43, helper C)
import epics
class Dummy:
    def put(self, v):
        print("dry", v)
_Rig__pv = Dummy()
class Rig:
    def connect(self):
        global __pv
        __pv = epics.PV("SR:CUR")
Rig().connect()
_Rig__pv.put(45.0)
