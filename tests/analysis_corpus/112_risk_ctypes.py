# expect: writes=no reads=no risk=high approval=n/a
# why: ctypes import
import ctypes
libc = ctypes.CDLL(None)
results = {}
