# expect: writes=yes reads=no risk=low approval=yes
# why: a PV handed to a logging call, kept by a local handler, read back from record.args (red-team round 11)
import logging
from epics import PV

class Keep(logging.Handler):
    records = []
    def emit(self, record):
        self.records.append(record)

h = Keep()
log = logging.getLogger('x')
log.addHandler(h)
log.warning('target %s', PV('SR:QF60:SP'))
h.records[0].args[0].put(0.0)
results = {}
