# expect: writes=yes reads=yes risk=low approval=yes
# why: tango.AttributeProxy objects: .read().value is a read and .write(x) is a write,
# why: the gap write guarded by a tolerance check
import tango

GAP = tango.AttributeProxy('id/undulator/u20/Gap')
PHASE = tango.AttributeProxy('id/undulator/u20/Phase')


def move_undulator(gap_mm, phase_mm, tol=0.001):
    current_gap = GAP.read().value
    if abs(current_gap - gap_mm) > tol:
        GAP.write(gap_mm)
    PHASE.write(phase_mm)
    return current_gap


previous_gap = move_undulator(15.2, 0.0)
results = {'previous_gap': previous_gap}
