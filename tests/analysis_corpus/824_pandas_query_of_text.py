# expect: writes=no reads=no risk=high approval=n/a
# why: DataFrame.query/eval (also pd.eval, either engine) of a selection string read from a file can call methods of any name in the caller's scope with `@`: `@os.system('...')` runs a shell (round 19)
import json
import os

import pandas as pd

with open("cuts.json") as f:
    selection = json.load(f)["selection"]
df = pd.read_csv(os.path.join("data", "losses.csv"))
hot = df.query(selection)
results = {"n_hot": int(len(hot))}
