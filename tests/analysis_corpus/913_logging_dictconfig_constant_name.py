# expect: writes=no reads=no risk=low approval=no
# why: `dictConfig(LOGGING)` of a console configuration written out in a name bound once and used only there is low, like the literal (round 23)
import logging
import logging.config
LOGGING = {
    "version": 1,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stdout"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
logging.config.dictConfig(LOGGING)
logging.getLogger(__name__).info("ready")
results = {}
