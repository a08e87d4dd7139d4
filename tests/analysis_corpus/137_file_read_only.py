# expect: writes=no reads=no risk=low approval=no
# why: reading a file is not a write of any kind
with open('/etc/hostname') as f:
    name = f.read().strip()
results = {'name': name}
