# expect: writes=no reads=yes risk=low approval=no
# why: `dict.fromkeys(names, [])` and `[[]] * n` make tables of lists (one shared list, but a list): `append`/`insert`/`extend` of proxies on their items are the list's, and `state()` reads (red-team round 26's false writes)
import tango
groups = dict.fromkeys(['a', 'b'], [])
groups['a'].append(tango.DeviceProxy('sr/bv/1'))
groups['b'].insert(0, tango.DeviceProxy('sr/bv/0'))
grid = [[]] * 2
grid[0].append(tango.DeviceProxy('sr/bv/2'))
grid[1].extend([tango.DeviceProxy('sr/bv/3')])
print(grid[0][0].state(), len(groups['a']))
