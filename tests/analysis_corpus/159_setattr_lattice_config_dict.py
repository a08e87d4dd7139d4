# expect: writes=yes reads=no risk=low approval=yes
# why: PVs in a dict comprehension keyed by magnet family; a helper writes them with
# why: setattr(pv, 'value', x) (literal name) in a loop over sorted settings
import epics

LATTICE_SETTINGS = {
    'QF1': 12.31,
    'QD1': -11.87,
    'QF2': 12.05,
    'SF': 3.2,
    'SD': -4.1,
}

PVS = {family: epics.PV(f'SR:{family}:K_SP') for family in LATTICE_SETTINGS}


def apply(settings, pvs):
    applied = []
    for family, strength in sorted(settings.items()):
        if family not in pvs:
            continue
        setattr(pvs[family], 'value', strength)
        applied.append(family)
    return applied


applied = apply(LATTICE_SETTINGS, PVS)
results = {'applied': applied}
