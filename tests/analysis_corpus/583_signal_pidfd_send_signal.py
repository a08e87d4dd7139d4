# expect: writes=no reads=no risk=high approval=n/a
# why: signal.pidfd_send_signal signals any process, as os.kill does (round 13)
import os
import signal
signal.pidfd_send_signal(os.pidfd_open(os.getpid()), 0)
results = {}
