# expect: writes=no reads=no risk=high approval=n/a
# why: pty spawns shells
import pty
pty.spawn('/bin/sh')
results = {}
