# expect: writes=no reads=no risk=high approval=n/a
# why: pexpect runs programs (spawn over a pty, PopenSpawn through subprocess, run): a shell as subprocess is; used to drive an IOC console it could also write (round 19)
import pexpect
from pexpect.popen_spawn import PopenSpawn

child = PopenSpawn("uptime")
child.expect(pexpect.EOF)
console = pexpect.spawn("telnet ioc-sr01 20000")
results = {"out": child.before.decode()}
