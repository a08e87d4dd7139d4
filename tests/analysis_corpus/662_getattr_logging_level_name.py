# expect: writes=no reads=no risk=low approval=no
# why: false risk: getattr(logging, NAME.upper()) only gives a level number for basicConfig (round 15)
import logging
import os
level = os.environ.get('LOG_LEVEL', 'info')
logging.basicConfig(level=getattr(logging, level.upper(), logging.INFO))
logging.getLogger('orbit').info('start')
results = {}
