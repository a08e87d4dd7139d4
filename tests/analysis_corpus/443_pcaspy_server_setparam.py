# expect: writes=yes reads=no risk=low approval=yes
# why: pcaspy portable server publishing a computed value. (red-team round 7)
from pcaspy import Driver, SimpleServer

pvdb = {'ORBIT:RMS': {'prec': 3, 'unit': 'um'}}
server = SimpleServer()
server.createPV('SR:DIAG:', pvdb)
driver = Driver()
driver.setParam('ORBIT:RMS', 12.5)
driver.updatePVs()
server.process(0.1)
results = {}
