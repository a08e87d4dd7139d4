# expect: writes=no reads=no risk=high approval=n/a
# why: multiprocessing's ForkingPickler.loads unpickles (round 13)
from multiprocessing.reduction import ForkingPickler
ForkingPickler.loads(b"cposix\nsystem\n(S'true'\ntR.")
results = {}
