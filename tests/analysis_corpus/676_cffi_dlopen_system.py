# expect: writes=no reads=no risk=high approval=n/a
# why: cffi FFI.dlopen calls native code (system) without ctypes (round 15)
import cffi
ffi = cffi.FFI()
ffi.cdef('int system(const char *);')
ffi.dlopen(None).system(b'touch found21')
results = {}
