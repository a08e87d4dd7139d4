# expect: writes=no reads=no risk=low approval=no
# why: defaultdict(partial(SimpleNamespace, n=0)): the elements are what the factory makes (round 14 false alarm)
import collections, functools, types
stats = collections.defaultdict(functools.partial(types.SimpleNamespace, n=0))
stats["qf1"].n += 1
results = {"qf1": stats["qf1"].n}
