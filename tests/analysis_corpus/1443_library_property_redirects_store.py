# expect: writes=yes reads=no risk=low approval=yes
# why: tarfile.TarInfo.path bound in the class body redirects a store into the flag attribute (round 47, helper W)
import tarfile
import epics
class Job:
    path = tarfile.TarInfo.path
    def __init__(self):
        self.name = True
job = Job()
job.path = ""
if not job.name:
    epics.PV("SR:JOB:RUN").put(1)
results = {}
