# expect: writes=yes reads=no risk=low approval=yes
# why: `map(alias.append, pvs)` of `alias = reg`, and `alias = bank.pvs` of a dataclass field made by `default_factory`: the stores through the aliases reach the originals, which are put (red-team round 26b)
from dataclasses import dataclass, field
import epics
reg = list()
alias = reg
list(map(alias.append, [epics.PV('SR:A'), epics.PV('SR:B')]))
reg[0].put(0.0)
@dataclass
class Bank:
    pvs: dict = field(default_factory=dict)
bank = Bank()
bank_alias = bank.pvs
bank_alias['q'] = epics.PV('SR:Q:SP')
bank.pvs['q'].put(2.0)
