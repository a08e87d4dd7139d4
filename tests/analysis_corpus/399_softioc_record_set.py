# expect: writes=yes reads=no risk=low approval=yes
# why: pythonSoftIOC: iocInit serves records on the network, record.set changes one (round 6)
from softioc import builder, softioc

builder.SetDeviceName('SR:FB')
gain = builder.aOut('GAIN', initial_value=0.1)
builder.LoadDatabase()
softioc.iocInit()
gain.set(0.5)
results = {}
