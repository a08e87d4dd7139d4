# expect: writes=no reads=no risk=high approval=n/a
# why: yaml.load with yaml.Loader builds python objects from data (python/object/apply) (round 15)
import yaml
yaml.load("!!python/object/apply:os.system ['true']", Loader=yaml.Loader)
results = {}
