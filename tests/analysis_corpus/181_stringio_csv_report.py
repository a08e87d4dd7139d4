# expect: writes=no reads=no risk=low approval=no
# why: a shift report built in memory: io.StringIO.write, csv.writer.writerow and
# why: sys.stdout.write over a dict keyed by PV names; no file and no control system
import csv
import io
import sys

pv_table = {
    'SR:DCCT:CURRENT': 399.7,
    'SR:TUNE:X': 0.2201,
    'SR:TUNE:Y': 0.3102,
    'SR:LIFETIME': 9.8,
}

buf = io.StringIO()
writer = csv.writer(buf)
writer.writerow(['pv', 'value'])
for name, value in sorted(pv_table.items()):
    writer.writerow([name, f'{value:.4g}'])

header = io.StringIO()
header.write('# shift summary\n')
header.write(f'# {len(pv_table)} channels\n')

sys.stdout.write(header.getvalue())
sys.stdout.write(buf.getvalue())
results = {'csv': buf.getvalue()}
