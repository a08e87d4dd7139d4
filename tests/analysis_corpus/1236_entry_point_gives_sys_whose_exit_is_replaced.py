# expect: writes=yes reads=no risk=low approval=yes
# why: an entry point resolves to sys, whose exit is replaced by an attribute store on that unnamed object: an attribute store named exit anywhere, or the route's words, turn the early-exit rule's trust in sys.exit off (red-team round 42, helper E)
import sys

import pkg_resources

from epics import caput

pkg_resources.EntryPoint.parse("x = sys").resolve().exit = print
sys.exit("not leaving")
caput("BL:M1:VAL", 0.0)
