# expect: writes=no reads=no risk=low approval=no
# why: sys.modules.get('matplotlib.pyplot') and importlib.resources.files('scipy') with literal names reach only the module named, as importing it would (sys.modules['os'].system stays a shell finding); from importlib import resources is checked as import importlib.resources, and setprofile(None) removes a hook; they were high (round 17)
import sys
from importlib import resources

pyplot_loaded = sys.modules.get("matplotlib.pyplot") is not None
head = resources.files("scipy").joinpath("__init__.py").read_text()[:10]
sys.setprofile(None)
results = {"pyplot": pyplot_loaded, "head": head}
