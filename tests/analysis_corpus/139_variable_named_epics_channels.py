# expect: writes=no reads=no risk=low approval=no
# why: names that contain epics/caput are just names
epics_channels = ['A:SP', 'B:SP']
caput_count = len(epics_channels)
results = {'n': caput_count}
