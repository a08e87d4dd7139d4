# expect: writes=no reads=no risk=high approval=n/a
# why: a `dictConfig` entry with a `()` factory calls what it names (`os.system`): still high (round 22)
import logging.config
logging.config.dictConfig({"version": 1, "handlers": {"f": {"()": "os.system", "command": "id"}}})
