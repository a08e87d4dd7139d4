# expect: writes=no reads=no risk=low approval=no
# why: a unit test of a kick helper: the helper calls pv.get()/pv.put() on its argument,
# why: but it is only ever called with a unittest.mock.MagicMock
from unittest import mock


def apply_kick(pv, kick, limit=2.0):
    if abs(kick) > limit:
        raise ValueError(f'kick {kick} exceeds limit {limit}')
    new_value = pv.get() + kick
    pv.put(new_value, wait=True)
    return new_value


fake_pv = mock.MagicMock(name='corrector')
fake_pv.get.return_value = 1.0
assert apply_kick(fake_pv, 0.5) == 1.5
fake_pv.put.assert_called_once_with(1.5, wait=True)

try:
    apply_kick(fake_pv, 5.0)
    rejected = False
except ValueError:
    rejected = True

results = {'rejected_large_kick': rejected, 'calls': fake_pv.put.call_count}
