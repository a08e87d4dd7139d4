# expect: writes=yes reads=yes risk=low approval=yes
# why: setattr(self, name, fn) with computed names storing pyepics functions: any attribute of the object may be caget or caput, so both calls are reads and writes (round 19)
import epics
class Backend:
    def __init__(self, **funcs):
        for name, fn in funcs.items():
            setattr(self, name, fn)
io = Backend(read=epics.caget, write=epics.caput)
x = io.read('SR:BPM1:X')
io.write('SR:COR1:SP', 0.1)
results = {'x': x}
