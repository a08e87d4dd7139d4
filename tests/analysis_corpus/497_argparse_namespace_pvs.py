# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: argparse namespace pvs (red-team round 8)
import argparse, epics
ns = argparse.Namespace(dcct=epics.PV('SR:DCCT:I'), rf=epics.PV('SR:RF:FREQ'))
results = {k: v.get() for k, v in vars(ns).items()}
