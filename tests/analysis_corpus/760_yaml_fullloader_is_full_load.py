# expect: writes=no reads=no risk=low approval=no
# why: yaml.load(fh, Loader=yaml.FullLoader) was dynamic_code (high) while yaml.full_load(fh), which is exactly load(stream, FullLoader), is low; in PyYAML >= 5.4 FullLoader rejects python/object/apply and python/object/new (it runs no code), so both are low (round 18)
import yaml

with open("config.yaml") as fh:
    cfg = yaml.load(fh, Loader=yaml.FullLoader)
with open("config.yaml") as fh:
    cfg2 = yaml.full_load(fh)
results = {"cfg": cfg, "same": cfg == cfg2}
