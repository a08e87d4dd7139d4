# expect: writes=yes reads=yes risk=low approval=yes
# why: a parameter's default reached through inspect.signature (red-team round 9)
import inspect
from epics import PV

def readback(pv=PV('LI20:SOL:BDES')):
    return pv.get()

default_pv = inspect.signature(readback).parameters['pv'].default
default_pv.put(0.6)
results = {'rb': readback()}
