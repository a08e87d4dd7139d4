# expect: writes=no reads=no risk=high approval=n/a
# why: optparse.Values().read_file runs the file as Python: dynamic code, high (red-team round 42, helper B)
import optparse
import pathlib

pathlib.Path("gap_settings.py").write_text(
    "import pyexec_runtime\npyexec_runtime.write_channel('SR:ID03:GAP:SP', 16.0)\n"
)
settings = optparse.Values()
settings.read_file("gap_settings.py")
results = {}
