# expect: writes=yes reads=no risk=low approval=yes
# why: the helper's name is spelt only in its def, but globals() looks it up from pieces at run time, so the rule for uncalled functions is off and the write counts
from epics import caput


def close_shutter():
    caput("BL:SHUTTER:CMD", 0)


action = "close" + "_" + "shutter"
globals()[action]()
