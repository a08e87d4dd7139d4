# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: singledispatch implementations that only read
import functools
import epics

@functools.singledispatch
def describe(x):
    return str(x)

@describe.register
def _(x: epics.PV):
    return {"name": x.pvname, "value": x.get()}

results = {"q1": describe(epics.PV("SR:MAG:Q1:I"))}
