# expect: writes=no reads=yes risk=low approval=no
# why: `string.Formatter().format("{0.value}", pv)` formats as `str.format` does: a read, not a PV handed to code the analyzer does not follow (red-team round 23)
import string
import epics
fmt = string.Formatter()
pv = epics.PV("SR:BPM1:X")
text = fmt.format("{0.value}", pv)
results = {"text": text}
