# expect: writes=yes reads=no risk=low approval=yes
# why: guard for 1192: a flag that a function rebinds (`global DRY_RUN`) is not a constant, so the write behind it counts
from pyexec_runtime import write_channel

DRY_RUN = True


def go_live():
    global DRY_RUN
    DRY_RUN = False


go_live()
if DRY_RUN:
    print("dry run")
else:
    write_channel("SR:ID03:GAP:SP", 16.0)
results = {}
