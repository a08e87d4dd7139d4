# expect: writes=yes reads=yes risk=low approval=yes
# why: a realistic control-room script as a code generator writes them (round 12: 175 such scripts, no write missed, none falsely flagged)
import functools, time, logging
import tango
log = logging.getLogger("retry")

def retry(times=3, delay=0.01):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            for i in range(times):
                try:
                    return fn(*a, **kw)
                except tango.DevFailed as e:
                    log.warning("attempt %d failed: %s", i, e)
                    time.sleep(delay)
            raise RuntimeError("gave up")
        return wrapper
    return deco

@retry()
def set_gap(dev, gap):
    dev.write_attribute("Gap", gap)
    return dev.read_attribute("Gap").value

und = tango.DeviceProxy("id/u32/gap")
results = {"gap": set_gap(und, 18.5)}
