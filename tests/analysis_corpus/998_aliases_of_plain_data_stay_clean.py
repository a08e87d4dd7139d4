# expect: writes=no reads=no risk=low approval=no
# why: the same aliases carrying only plain data: a registry handed to a class, a list filled by keyword, a subscript loop target and an unpacked helper tuple hold numbers and names, and `queue.Queue().put` stays the queue's
import json, queue
class Rig:
    def __init__(self, reg):
        self.reg = reg
    def add(self, name):
        self.reg[name] = len(name)
def make_families():
    return [], []
registry = json.loads('{}')
Rig(registry).add('hcm1')
fams = make_families()
hcm, vcm = fams
hcm.append(1.0)
cur = {}
for cur['row'] in fams:
    cur['row'].append(2.0)
jobs = queue.Queue()
jobs.put(registry)
jobs.put(fams[0][0])
results = {'n': len(registry)}
