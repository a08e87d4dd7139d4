# expect: writes=no reads=no risk=low approval=no
# why: type('Settings', (object,), {}) then Settings.dry_run = True is not a patch of builtins.object (round 14 false alarm)
Settings = type("Settings", (object,), {})
Settings.dry_run = True
results = {"dry_run": Settings.dry_run}
