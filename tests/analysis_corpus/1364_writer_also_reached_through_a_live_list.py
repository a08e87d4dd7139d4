# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1362: the writer is also put in a list the live code calls
import epics
def push(v):
    epics.caput("SR:PS1:SP", v)
APPLY = False
if APPLY:
    push(1.0)
hooks = [push]
for h in hooks:
    h(2.0)
results = {}
