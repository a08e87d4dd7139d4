# expect: writes=no reads=no risk=low approval=no
# why: a pandas table of magnet setpoints with a `pv` column: df.update, df.at[...] =,
# why: .loc assignment, .set_index, .get on a Series; nothing touches the control system
import numpy as np
import pandas as pd

table = pd.DataFrame({
    'magnet': ['QF1', 'QD1', 'QF2', 'QD2'],
    'pv': ['SR:QF1:I_SP', 'SR:QD1:I_SP', 'SR:QF2:I_SP', 'SR:QD2:I_SP'],
    'value': [101.5, 98.2, 100.9, 97.7],
}).set_index('magnet')

corrections = pd.DataFrame({'value': [0.4, -0.2]}, index=['QF1', 'QD2'])
table.update(corrections.add(table.loc[corrections.index]))
table.at['QF2', 'value'] = round(table.at['QF2', 'value'] * 1.001, 3)
table.loc[table['value'] > 100.0, 'flag'] = 'high'
table['flag'] = table['flag'].fillna('ok')

summary = table['value'].describe()
results = {
    'mean': float(summary.get('mean', np.nan)),
    'flags': table['flag'].to_dict(),
}
