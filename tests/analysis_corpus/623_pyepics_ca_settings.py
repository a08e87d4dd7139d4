# expect: writes=no reads=yes risk=low approval=no
# why: epics.ca.DEFAULT_CONNECTION_TIMEOUT = 5.0 is a setting, not a patch (round 14 false alarm)
import epics
import epics.ca

epics.ca.DEFAULT_CONNECTION_TIMEOUT = 5.0
results = {"x": epics.caget_many(["SR:BPM1:X", "SR:BPM2:X"])}
