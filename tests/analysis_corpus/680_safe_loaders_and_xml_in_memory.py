# expect: writes=no reads=no risk=low approval=no
# why: the safe forms stay clean: yaml.safe_load and SafeLoader, np.load without allow_pickle, ElementTree parsed and serialised in memory, basicConfig without a file, reading sys.path (round 15)
import numpy as np
import yaml
import xml.etree.ElementTree as ET
import logging
import sys
cfg = yaml.safe_load("a: 1")
cfg2 = yaml.load("a: 1", Loader=yaml.SafeLoader)
ref = np.load("reference_orbit.npy")
root = ET.fromstring("<orbit><bpm name='B1'/></orbit>")
names = [b.get("name") for b in root.iter("bpm")]
text = ET.tostring(root)
logging.basicConfig(level=logging.INFO, format="%(message)s")
first = sys.path[0]
results = {"names": names, "first": first}
