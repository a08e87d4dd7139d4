# expect: writes=yes reads=no risk=low approval=yes
# why: parse_args(namespace=sys) with an option named --exit replaces sys.exit, so the write after the early exit runs (red-team round 43, helper B)
import argparse
import sys
from epics import caput

parser = argparse.ArgumentParser()
parser.add_argument("--exit", action="store_const", const=print)
parser.parse_args(["--exit"], namespace=sys)

DRY_RUN = True
if DRY_RUN:
    sys.exit(0)
caput("BL:PS:09:SP", 9.0)
