# expect: writes=yes reads=yes risk=low approval=yes
# why: caproto threading client: undulator gap scan writing the setpoint with pv.write and
# why: reading gap and flux with pv.read, collected in a pandas DataFrame
import time

import numpy as np
import pandas as pd
from caproto.threading.client import Context

ctx = Context()
gap_sp, gap_rb, diode = ctx.get_pvs('UND:GAP_SP', 'UND:GAP_RB', 'BL:DIODE:I')

rows = []
for gap in np.arange(12.0, 14.01, 0.25):
    gap_sp.write([float(gap)], wait=True)
    time.sleep(1.0)
    rows.append({
        'gap_sp': float(gap),
        'gap_rb': float(gap_rb.read().data[0]),
        'flux': float(diode.read().data[0]),
    })

df = pd.DataFrame(rows)
best = df.loc[df['flux'].idxmax()]
results = {'best_gap': float(best['gap_rb']), 'points': len(df)}
