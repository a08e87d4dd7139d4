# expect: writes=no reads=yes risk=low approval=no
# why: a dry-run planner: reads with read_channel, and the would-be writes appear only in
# why: a docstring, comments, log messages and f-strings; nothing calls a write
import logging

from pyexec_runtime import read_channel

logging.basicConfig(level=logging.INFO)
log = logging.getLogger('dry_run')

CHANNELS = ['SR:QF1:I_SP', 'SR:QD1:I_SP']


def plan_restore(golden):
    """Compare live setpoints to a golden file.

    In live mode this would call write_channel(name, value) or
    epics.caput(name, value, wait=True) for every difference.
    """
    steps = []
    for name in CHANNELS:
        live = read_channel(name)
        target = golden[name]
        if abs(live - target) > 1e-3:
            # epics.caput(name, target)  <- intentionally disabled
            log.info('DRY RUN: caput %s %.4f (now %.4f)', name, target, live)
            steps.append(f"write_channel('{name}', {target})")
    return steps


steps = plan_restore({'SR:QF1:I_SP': 101.5, 'SR:QD1:I_SP': 98.2})
results = {'would_do': steps}
