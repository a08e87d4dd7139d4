# expect: writes=yes reads=no risk=high approval=n/a
# why: unittest.main loads the test named by defaultTest from __main__ and calls it when it is a plain function; the name is built from pieces, so the rule for uncalled functions is off whenever unittest is mentioned
import unittest

from epics import caput


def zero_corrector():
    caput("SR:C01:HCM:SP", 0.0)


unittest.main(defaultTest="zero_" + "corrector", exit=False, argv=["x"])
