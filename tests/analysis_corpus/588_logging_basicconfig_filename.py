# expect: writes=no reads=no risk=medium approval=yes
# why: logging.basicConfig(filename=...) writes a log file (round 13)
import logging
logging.basicConfig(filename='run.log')
logging.error('x')
results = {}
