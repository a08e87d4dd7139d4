# expect: writes=yes reads=no risk=low approval=yes
# why: the metaclass's __prepare__ namespace supplies DRY_RUN to the class body, not the module's True: the branch writes (red-team round 42, helper B)
from pyexec_runtime import write_channel

DRY_RUN = True


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return {"DRY_RUN": False}


class Apply(metaclass=Meta):
    if not DRY_RUN:
        write_channel("SR:ID03:GAP:SP", 16.0)


results = {}
