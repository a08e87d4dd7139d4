# expect: writes=yes reads=no risk=low approval=yes
# why: inner is never named again, so its body cannot run, but its default value is computed when its def runs (each call of configure): that write counts
from epics import caput


def configure():
    def inner(done=caput("BL:MODE", 2)):
        return done

    return "configured"


configure()
