# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: reduce getitem tree read (red-team round 8)
import functools, operator, epics
tree = {'sr': {'dcct': epics.PV('SR:DCCT:I'), 'life': epics.PV('SR:LIFETIME')}}
def lookup(path):
    return functools.reduce(operator.getitem, path.split('.'), tree)
results = {'i': lookup('sr.dcct').get(), 'tau': lookup('sr.life').get()}
