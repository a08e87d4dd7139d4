# expect: writes=no reads=no risk=low approval=no
# why: args.__dict__ of parsed options holds the options, as vars(args) does; it was a high dynamic_attribute plus unverified writes (round 17)
import argparse
import json

p = argparse.ArgumentParser()
p.add_argument("--n", type=int, default=10)
args = p.parse_args([])
config = dict(args.__dict__)
print(json.dumps(config))
results = {"config": config}
