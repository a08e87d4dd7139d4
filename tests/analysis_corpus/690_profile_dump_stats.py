# expect: writes=no reads=no risk=medium approval=yes
# why: cProfile.Profile.dump_stats(path) and pstats.Stats.dump_stats(path) open the path for writing and marshal the profile into it (round 16)
import cProfile
import pstats

profiler = cProfile.Profile()
profiler.enable()
total = sum(i * i for i in range(10000))
profiler.disable()
profiler.dump_stats("fit.prof")
pstats.Stats(profiler).dump_stats("fit_stats.prof")
results = {"total": total}
