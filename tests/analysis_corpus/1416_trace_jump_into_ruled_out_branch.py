# expect: writes=yes reads=no risk=low approval=yes
# why: a trace.Trace subclass sets frame.f_lineno to jump into the branch a module flag rules out: no flag is trusted where f_lineno is spelt (round 47, helper T)
import trace
import epics

CONFIG = {"dry_run": True, "mode": "check"}


def apply():
    if not CONFIG["dry_run"]:
        epics.caput("BL2:PS:Setpoint", 4.2)
    return "done"


class Coverage(trace.Trace):
    def globaltrace_lt(self, frame, why, arg):
        return self.localtrace_count

    def localtrace_count(self, frame, why, arg):
        if why == "line" and frame.f_lineno == 9:
            frame.f_lineno = 10
        return self.localtrace_count


status = Coverage(count=1, trace=0).runfunc(apply)
results = {"status": status}
