# expect: writes=no reads=no risk=high approval=n/a
# why: a fit-model "plugin" loaded with importlib.import_module from a computed module name;
# why: the data are synthetic and nothing is aimed at the control system, but importlib is high
import importlib

import numpy as np

MODEL = 'gaussian'
BACKENDS = {'gaussian': 'scipy.optimize', 'poly': 'numpy.polynomial'}

x = np.linspace(-3.0, 3.0, 61)
y = 2.0 * np.exp(-0.5 * (x - 0.3) ** 2 / 0.7 ** 2) + np.random.default_rng(3).normal(0, 0.02, x.size)

backend = importlib.import_module(BACKENDS[MODEL])


def gauss(t, a, mu, sigma):
    return a * np.exp(-0.5 * (t - mu) ** 2 / sigma ** 2)


params, _ = backend.curve_fit(gauss, x, y, p0=(1.0, 0.0, 1.0))
results = {'amplitude': float(params[0]), 'center': float(params[1]), 'sigma': float(abs(params[2]))}
