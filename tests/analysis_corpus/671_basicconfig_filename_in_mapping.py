# expect: writes=no reads=no risk=medium approval=yes
# why: logging.basicConfig(**cfg) with filename inside the mapping; only the filename= keyword is checked (round 15)
import logging
cfg = {'filename': 'found16.log', 'level': logging.INFO}
logging.basicConfig(**cfg)
logging.info('x')
results = {}
