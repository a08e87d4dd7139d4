# expect: writes=no reads=no risk=low approval=no
# why: a log message that mentions caput
import logging
log = logging.getLogger(__name__)
log.info("caput MAG:QF1:CURRENT_SP skipped (read-only run)")
results = {}
