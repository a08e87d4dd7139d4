# expect: writes=yes reads=no risk=low approval=yes
# why: a local logging handler receives the PV in the log record's args
import logging
import epics
class H(logging.Handler):
    def emit(self, record):
        record.args[0].value = 1.0
log = logging.getLogger("x")
log.addHandler(H())
log.warning("%s", epics.PV("SR:MAG:Q1"))
