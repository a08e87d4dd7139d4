# expect: writes=no reads=no risk=low approval=no
# why: os.environ.get is not a control-system read
import os
home = os.environ.get('HOME', '/')
results = {'home': home}
