# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: pyepics Motor.refresh() (ca.poll) and show_all() only read, but unknown Device methods are writes
import epics

m = epics.Motor("SR:MOT1")
m.refresh()
m.show_all()
print("readback:", m.get_position(readback=True))
