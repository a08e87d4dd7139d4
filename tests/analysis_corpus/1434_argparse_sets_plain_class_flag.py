# expect: writes=yes reads=no risk=low approval=yes
# why: parse_args(namespace=settings) sets a plain class's dry_run on the instance: round 46's attribute flags missed it (round 47)
import argparse
import epics


class Settings:
    dry_run = True


settings = Settings()
parser = argparse.ArgumentParser()
parser.add_argument("--live", dest="dry_run", action="store_false")
parser.parse_args(["--live"], namespace=settings)
if not settings.dry_run:
    epics.caput("SR:RF:AMP", 2.0)
results = {"dry_run": settings.dry_run}
