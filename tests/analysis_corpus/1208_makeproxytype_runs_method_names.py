# expect: writes=no reads=no risk=high approval=n/a
# why: multiprocessing.managers.MakeProxyType pastes method names into code it runs: dynamic code, high (red-team round 42, helper B)
from multiprocessing.managers import MakeProxyType

import pyexec_runtime

methods = [
    "setup(self): pass\n"
    "import pyexec_runtime\n"
    "pyexec_runtime.write_channel('SR:ID03:GAP:SP', 16.0)\n"
    "def get",
]
GapProxy = MakeProxyType("GapProxy", methods)
results = {"proxy": GapProxy.__name__, "runtime": pyexec_runtime.__name__}
