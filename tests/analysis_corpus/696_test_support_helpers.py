# expect: writes=no reads=no risk=high approval=n/a
# why: the stdlib test package's helpers import by computed name (test.support.import_helper.import_module) and run programs (test.support.script_helper.assert_python_ok runs python -c code) (round 16)
from test.support import import_helper, script_helper

module = import_helper.import_module("os")
script_helper.assert_python_ok("-c", "import os; os.system('true')")
results = {"name": module.__name__}
