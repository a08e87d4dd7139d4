# expect: writes=no reads=no risk=low approval=no
# why: `logging.config.dictConfig` of a configuration written out in the code with a console handler names nothing that runs (round 22)
import logging.config
logging.config.dictConfig({"version": 1, "handlers": {"c": {"class": "logging.StreamHandler", "level": "INFO"}}, "root": {"handlers": ["c"], "level": "INFO"}})
log = logging.getLogger(__name__)
log.info("hi")
results = {}
