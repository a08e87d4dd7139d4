# expect: writes=no reads=no risk=low approval=no
# why: a local helper that happens to be called write_channel
log = []


def write_channel(name, value):
    log.append((name, value))


write_channel('A', 1)
results = {'log': log}
