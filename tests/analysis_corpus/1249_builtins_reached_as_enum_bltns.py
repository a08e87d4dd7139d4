# expect: writes=yes reads=no risk=low approval=yes
# why: enum.bltns is the builtins module under another name (red-team round 43, helper B)
import argparse
import enum
from epics import caput

parser = argparse.ArgumentParser()
parser.add_argument("--APPLY", action="store_true")
parser.parse_args(["--APPLY"], namespace=enum.bltns)


def main():
    if not APPLY:
        print("dry run")
        return
    caput("BL:PS:23:SP", 8.0)


main()
APPLY = False
