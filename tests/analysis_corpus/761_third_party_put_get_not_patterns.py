# expect: writes=no reads=no risk=low approval=no
# why: the fallback patterns `.put(` / `.get(` matched methods of third-party analysis objects: torch Tensor.put and ray.put were control-system writes, a toml config's .get and lmfit Parameters.get reads; these libraries are now known not to be control systems (round 18)
import torch
import ray
import toml
from lmfit import Parameters

t = torch.zeros(5)
t2 = t.put(torch.tensor([1]), torch.tensor([2.0]))
ref = ray.put([1, 2, 3])
cfg = toml.load("config.toml")
gain = cfg.get("gain", 0.1)
p = Parameters()
p.add("a", value=1)
a = p.get("a")
results = {"gain": gain}
