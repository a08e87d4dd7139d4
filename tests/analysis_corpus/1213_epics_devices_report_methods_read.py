# expect: writes=no reads=yes risk=low approval=no
# why: the area-detector file plugin's and Scaler's report methods (getLastFileName, getNames, ...) only read (red-team round 42, helper C; was a false write)
from epics.devices import AD_FilePlugin
fp = AD_FilePlugin('13PIL1:TIFF1:')
print(fp.getLastFileName(), fp.getPath(), fp.getName(), fp.getNumber(), fp.WriteComplete())
