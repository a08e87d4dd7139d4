# expect: writes=yes reads=no risk=low approval=yes
# why: a multiprocessing.Process is not a finding by itself (it runs local code in the same
# why: sandbox), but its target is followed: the PV handed to it is put in the child
import multiprocessing

import epics


def writer(pv, value):
    pv.put(value)


pv = epics.PV("SR:CORR:H1")
child = multiprocessing.Process(target=writer, args=(pv, 0.5))
child.start()
child.join()
results = {}
