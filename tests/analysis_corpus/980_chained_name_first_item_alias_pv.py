# expect: writes=yes reads=no risk=low approval=yes
# why: `quads = magnets['quad'] = {}` (the name first): the PV stored through `quads` is the table's item and is put through the table
import epics
magnets = {}
quads = magnets['quad'] = {}
for name in ['QF1', 'QD1']:
    quads[name] = epics.PV(f'SR:{name}:K1')
magnets['quad']['QF1'].put(1.02)
