# expect: writes=no reads=no risk=high approval=n/a
# why: a literal lookup in sys.modules is the module it names, so sys.modules['os'].system(...) and sys.modules.get('subprocess').run(...) are shells like os.system (round 17)
import sys

sys.modules["os"].system("caget SR:DCCT:CURRENT")
sys.modules.get("subprocess").run(["ls"])
results = {}
