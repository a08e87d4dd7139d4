# expect: writes=no reads=no risk=low approval=no
# why: false risk: sys.excepthook set to a local function that logs (round 15)
import logging
import sys
def log_uncaught(exc_type, exc, tb):
    logging.getLogger('run').error('uncaught', exc_info=(exc_type, exc, tb))
sys.excepthook = log_uncaught
results = {}
