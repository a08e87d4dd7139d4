# expect: writes=no reads=no risk=low approval=no
# why: the same aliasing shapes holding plain data: `groups[k] = bucket = []`, `t['sr'] = u = {}`, `rows.append(row := [])` do not turn list methods into writes
import queue
groups = {}
for name in ['qf1', 'qd1', 'qf2']:
    groups[name[:2]] = bucket = []
    bucket.append(name)
groups['qf'].append('qf3')
tables = {}
tables['sr'] = settings = {}
settings['k'] = []
tables['sr']['k'].append(1.0)
rows = []
rows.append(row := [])
row.append(2.0)
rows[-1].insert(0, 1.0)
jobs = queue.Queue()
jobs.put(rows)
results = {'groups': len(groups), 'rows': rows}
