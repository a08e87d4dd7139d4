# expect: writes=yes reads=no risk=low approval=yes
# why: super().__getattr__(name) in a subclass reaches the base's __getattr__, which answers with a PV (round 14)
import epics
class A:
    def __getattr__(self, name): return epics.PV("X:" + name)
class B(A):
    def __getattr__(self, name):
        return super().__getattr__(name)
B().Q.value = 1.0
results = {}
