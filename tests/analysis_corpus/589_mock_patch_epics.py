# expect: writes=no reads=yes risk=high approval=n/a
# why: unittest.mock.patch('epics.caget', ...) replaces a library function by name (round 13)
from unittest import mock
import epics
mock.patch('epics.caget', return_value=0.0).start()
results = {'current': epics.caget('SR:DCCT')}
