# expect: writes=no reads=no risk=medium approval=yes
# why: compileall.compile_dir/compile_file write __pycache__/*.pyc files (os.mkdir, open 'wb', os.rename) exactly as py_compile.compile does, which is already file_write (round 16)
import compileall
import os

os.makedirs("pkg", exist_ok=True)
compileall.compile_dir("pkg", quiet=1)
results = {}
