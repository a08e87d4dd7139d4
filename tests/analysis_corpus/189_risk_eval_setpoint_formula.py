# expect: writes=yes reads=yes risk=high approval=n/a
# why: a setpoint computed by eval() of a formula string from a config dict (dynamic code:
# why: high risk), with a caget before and a literal caput of the result
import math

import epics

CONFIG = {
    'input_pv': 'SR:DCCT:CURRENT',
    'output_pv': 'SR:RF:CAV1:VOLT_SP',
    'formula': '1.45 + 0.0008 * I - 1e-7 * I**2',
}

beam_current = epics.caget(CONFIG['input_pv'])
voltage = eval(CONFIG['formula'], {'__builtins__': {}, 'math': math}, {'I': beam_current})
if 1.0 < voltage < 2.0:
    epics.caput(CONFIG['output_pv'], voltage, wait=True)

results = {'I_mA': beam_current, 'V_MV': voltage}
