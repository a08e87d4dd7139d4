# expect: writes=no reads=yes risk=low approval=no
# why: read-only orbit display (caget_many + numpy + matplotlib) that saves the figure with
# why: fig.savefig: figures are the run's products (collected from the run folder), not a finding
import matplotlib

matplotlib.use('Agg')
import matplotlib.pyplot as plt
import numpy as np
import epics

S_POS = np.linspace(0.0, 792.0, 24)
NAMES_X = [f'SR:C{c:02d}:BPM1:X' for c in range(1, 25)]
NAMES_Y = [f'SR:C{c:02d}:BPM1:Y' for c in range(1, 25)]

x = np.array(epics.caget_many(NAMES_X), dtype=float)
y = np.array(epics.caget_many(NAMES_Y), dtype=float)

fig, (ax_x, ax_y) = plt.subplots(2, 1, sharex=True, figsize=(10, 6))
ax_x.plot(S_POS, x * 1e3, 'o-', label=f'rms {x.std() * 1e3:.1f} um')
ax_y.plot(S_POS, y * 1e3, 'o-', color='tab:orange', label=f'rms {y.std() * 1e3:.1f} um')
ax_x.set(ylabel='x [um]')
ax_y.set(xlabel='s [m]', ylabel='y [um]')
for ax in (ax_x, ax_y):
    ax.legend()
    ax.grid(True, alpha=0.3)
fig.tight_layout()
fig.savefig('orbit_snapshot.png', dpi=150)
plt.close(fig)

results = {'rms_x_um': float(x.std() * 1e3), 'rms_y_um': float(y.std() * 1e3)}
