# expect: writes=yes reads=no risk=high approval=n/a
# why: a local settings dict cleared through a helper's __closure__ cell: the flag is gone and the write runs (round 47, helper Q)
import epics
def main():
    cfg = {"dry_run": True}
    def peek():
        return cfg.get("dry_run")
    peek.__closure__[0].cell_contents.clear()
    if cfg.get("dry_run", False):
        return "dry"
    epics.caput("SR:RF:AMP", 2.0)
    return "live"
results = {"status": main()}
