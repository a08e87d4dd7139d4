# expect: writes=yes reads=yes risk=low approval=yes
# why: scipy.optimize.minimize objective writes corrector PVs held in self.correctors[name] (subscript store on an attribute is lost)
import numpy as np
from epics import PV
from scipy.optimize import minimize


class OrbitTuner:
    """Minimise the BPM reading by scanning two corrector setpoints."""

    def __init__(self, corrector_names, bpm_name):
        self.correctors = {}
        for name in corrector_names:
            self.correctors[name] = PV(name)
        self.bpm = PV(bpm_name)

    def objective(self, x):
        for name, kick in zip(self.correctors, x):
            self.correctors[name].put(float(kick), wait=True)
        return float(self.bpm.get()) ** 2


tuner = OrbitTuner(["HCOR:01:SETPT", "HCOR:02:SETPT"], "BPM:05:X")
res = minimize(tuner.objective, np.zeros(2), method="Nelder-Mead", options={"maxiter": 5})
results = {"best_kicks": res.x.tolist(), "best_cost": float(res.fun)}
