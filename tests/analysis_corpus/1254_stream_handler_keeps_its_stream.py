# expect: writes=yes reads=no risk=low approval=yes
# why: logging.StreamHandler keeps the stream it is given in .stream (red-team round 43, helper C)
import epics
import logging
h = logging.StreamHandler(epics.PV("SR:CUR"))
h.stream.value = 274.0
