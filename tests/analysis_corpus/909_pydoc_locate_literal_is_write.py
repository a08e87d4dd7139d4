# expect: writes=yes reads=no risk=high approval=n/a
# why: `pydoc.locate("epics.caput")` gives the function: its call is the write it names (round 23; the locate stays high)
import pydoc
setter = pydoc.locate("epics.caput")
setter("SR:COR1:SP", 0.5)
results = {"done": True}
