# expect: writes=yes reads=no risk=high approval=n/a
# why: ctypes calling the CA C library: high risk
import ctypes
libca = ctypes.CDLL('libca.so')
libca.ca_put(6, 0, ctypes.byref(ctypes.c_double(1.0)))
results = {}
