# expect: writes=no reads=no risk=low approval=no
# why: look-alike: a module settings dict read only by key holds dry_run True, so the caput after the early return never runs (round 47)
import epics
CONFIG = {"dry_run": True, "target": "SR:QF1:I", "value": 12.5}
def main():
    if CONFIG["dry_run"]:
        print("would set", CONFIG["target"], CONFIG["value"])
        return
    epics.caput(CONFIG["target"], CONFIG["value"])
main()
results = {"dry_run": CONFIG["dry_run"]}
