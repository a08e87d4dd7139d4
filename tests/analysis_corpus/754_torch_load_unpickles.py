# expect: writes=no reads=no risk=high approval=n/a
# why: torch.load(..., weights_only=False) is pickle.load of the file (and the default before torch 2.6); joblib.load and pandas.read_pickle are dynamic_code, torch.load is low (round 18)
import torch

state = torch.load("surrogate_model.pt", weights_only=False, map_location="cpu")
results = {"keys": list(state)[:5] if isinstance(state, dict) else None}
