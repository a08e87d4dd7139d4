# expect: writes=yes reads=no risk=low approval=yes
# why: a singledispatch call runs the registered implementation with its arguments
import functools
import epics
@functools.singledispatch
def handle(x):
    return x
@handle.register
def _(x: epics.PV):
    x.value = 5.0
handle(epics.PV("SR:MAG:Q1"))
