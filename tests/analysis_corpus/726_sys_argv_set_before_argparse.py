# expect: writes=no reads=no risk=low approval=no
# why: sys.argv = [...] before argparse sets data (a list of strings), not code; it was a high runtime_patch (round 17)
import sys
import argparse

sys.argv = ["orbit_check", "--plane", "y"]
parser = argparse.ArgumentParser()
parser.add_argument("--plane", default="x")
results = {"plane": parser.parse_args().plane}
