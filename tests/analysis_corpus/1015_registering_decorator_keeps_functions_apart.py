# expect: writes=yes reads=no risk=low approval=yes
# why: a decorator that registers and returns the function: the name `ramp` is the function that writes, `report` the one that only formats; calling `report` alone would be clean, calling `ramp` writes (round 29: a decorator returning its argument gives back that function, not every function it decorated)
import epics

STEPS = []

def step(fn):
    STEPS.append(fn.__name__)
    return fn

@step
def report(value):
    return f"value {value:.3f}"

@step
def ramp(value):
    epics.caput("SR:RF:AMPL", value)

ramp(0.5)
results = {"steps": STEPS, "text": report(0.5)}
