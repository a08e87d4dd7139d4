# expect: writes=yes reads=no risk=medium approval=yes
# why: xmlrpc.server.resolve_dotted_attribute(os, 'sys') is sys, and its exit is replaced, so the write after sys.exit runs (red-team round 42, helper E)
import os
import sys
from xmlrpc.server import resolve_dotted_attribute

from epics import caput

resolve_dotted_attribute(os, "sys").exit = print
sys.exit("not leaving")
caput("BL:M1:VAL", 0.0)
