# expect: writes=no reads=no risk=high approval=n/a
# why: the configuration name is changed before `dictConfig` (a `()` factory stored into it): not a constant, so high (round 23)
import logging.config
LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
LOGGING["handlers"]["console"]["()"] = "os.system"
logging.config.dictConfig(LOGGING)
results = {}
