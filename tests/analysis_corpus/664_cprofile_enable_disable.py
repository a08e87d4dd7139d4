# expect: writes=no reads=no risk=low approval=no
# why: false risk: cProfile.Profile enable/disable profiles local code, runs no string (round 15)
import cProfile, io, pstats
pr = cProfile.Profile()
pr.enable()
total = sum(i * i for i in range(10000))
pr.disable()
pstats.Stats(pr, stream=io.StringIO()).print_stats(3)
results = {}
