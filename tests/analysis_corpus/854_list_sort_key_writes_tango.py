# expect: writes=yes reads=yes risk=low approval=yes
# why: `correctors.sort(key=orbit_response)` calls the key on every element of the list, so a key that kicks and restores each corrector writes (red-team round 21)
"""Rank horizontal correctors by orbit response (kick, measure, restore)."""
import tango

bpm = tango.DeviceProxy("sr/diag/bpm-all")
names = [f"sr/ps/hcm-{i:02d}" for i in range(1, 5)]
correctors = [tango.DeviceProxy(n) for n in names]

def orbit_response(cor, kick=0.2):
    i0 = cor.read_attribute("Current").value
    cor.write_attribute("Current", i0 + kick)
    rms = bpm.read_attribute("XRMS").value
    cor.write_attribute("Current", i0)
    return rms

correctors.sort(key=orbit_response, reverse=True)
results = {"n_ranked": len(correctors)}
