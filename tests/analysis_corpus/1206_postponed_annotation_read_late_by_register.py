# expect: writes=yes reads=no risk=low approval=yes
# why: under from __future__ import annotations, register evaluates the annotation when it is called, after d is rebound to a PV: annotation-evaluating routes turn the statement-order rule off (red-team round 42, helper B)
from __future__ import annotations

import functools

import epics


class Fake:
    def put(self, value):
        return None


@functools.singledispatch
def show(x):
    return x


d = Fake()


def handler(x: (d.put(1.0), int)[1]):
    return x


d = epics.PV("SR:QF1:CURRENT_SP")
show.register(handler)
results = {}
