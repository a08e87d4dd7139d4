# expect: writes=yes reads=no risk=low approval=yes
# why: keywords of a local subclass of argparse.Namespace are its attributes (missed write) (round 19)
import argparse, epics
class Opts(argparse.Namespace): pass
o = Opts(dev=epics.PV('X:A'))
o.dev.value = 1
