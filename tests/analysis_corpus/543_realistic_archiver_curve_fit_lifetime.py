# expect: writes=no reads=no risk=low approval=no
# why: a realistic control-room script as a code generator writes them (round 12: 175 such scripts, no write missed, none falsely flagged)
import numpy as np
import requests
from scipy.optimize import curve_fit
import matplotlib.pyplot as plt

r = requests.get("http://archiver/retrieval/data/getData.json", params={"pv": "SR:DCCT:CURRENT"})
data = r.json()[0]["data"]
t = np.array([d["secs"] for d in data], float); t -= t[0]
I = np.array([d["val"] for d in data], float)

def decay(t, I0, tau):
    return I0 * np.exp(-t / tau)

try:
    popt, pcov = curve_fit(decay, t, I, p0=(I[0], 3.6e4), maxfev=5000)
except RuntimeError:
    popt, pcov = (np.nan, np.nan), np.full((2, 2), np.nan)
fig, ax = plt.subplots()
ax.plot(t / 3600, I, ".", label="data")
ax.plot(t / 3600, decay(t, *popt), "-", label=f"tau={popt[1]/3600:.1f} h")
ax.legend(); ax.set_xlabel("h"); ax.set_ylabel("mA")
fig.savefig("lifetime_fit.png")
results = {"tau_h": float(popt[1] / 3600), "I0": float(popt[0])}
