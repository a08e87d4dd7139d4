# expect: writes=yes reads=no risk=high approval=n/a
# why: a sequence runner dispatches steps with getattr(epics, step['op']): the callee
# why: name comes from data, so the access is unverifiable (high) and a write cannot be ruled out
import time

import epics

SEQUENCE = [
    {'op': 'caput', 'args': ('LI:GUN:HV_ENABLE', 1)},
    {'op': 'sleep', 'args': (2.0,)},
    {'op': 'caput', 'args': ('LI:GUN:HV_SP', 90.0)},
]


def run(sequence):
    done = 0
    for step in sequence:
        if step['op'] == 'sleep':
            time.sleep(*step['args'])
        else:
            getattr(epics, step['op'])(*step['args'])
        done += 1
    return done


results = {'steps': run(SEQUENCE)}
