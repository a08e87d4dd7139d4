# expect: writes=no reads=no risk=low approval=no
# why: configuration dicts mapping names to PV-name strings: dict.update, setdefault,
# why: ChainMap, dict.get and os.environ.get; strings only, no PV objects
import os
from collections import ChainMap

DEFAULTS = {
    'bpm_prefix': 'SR:C{cell:02d}:BPM{idx}',
    'corrector_sp': 'SR:C{cell:02d}:HCM{idx}:SP',
    'timeout': 2.0,
    'dry_run': True,
}

site = {}
site.update({'timeout': 5.0, 'cells': list(range(1, 25))})
site.setdefault('bpm_per_cell', 6)

env = {}
if os.environ.get('EPICS_CA_ADDR_LIST'):
    env['ca_addr_list'] = os.environ.get('EPICS_CA_ADDR_LIST')

config = ChainMap(env, site, DEFAULTS)
pv_map = {
    f'HCM{c}': config['corrector_sp'].format(cell=c, idx=1)
    for c in config.get('cells', [])[:4]
}
pv_map.update(HCM99='SR:C99:HCM1:SP')

results = {
    'timeout': config['timeout'],
    'first': pv_map.get('HCM1'),
    'n': len(pv_map),
}
