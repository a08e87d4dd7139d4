# expect: writes=yes reads=no risk=low approval=yes
# why: guard for 1192: a flag bound twice (here also by a loop) is not a constant, and a local parameter of the same name hides it
from pyexec_runtime import write_channel

DRY_RUN = True
for DRY_RUN in (False,):
    pass


def apply(DRY_RUN=False):
    if not DRY_RUN:
        write_channel("SR:ID04:GAP:SP", 22.5)


if not DRY_RUN:
    write_channel("SR:ID03:GAP:SP", 16.0)
apply()
results = {}
