# expect: writes=no reads=no risk=low approval=no
# why: false risk: pickle.dumps serialises in memory; nothing is unpickled (round 15)
import pickle
orbit = {'x': [0.0] * 512, 'y': [0.0] * 512}
size = len(pickle.dumps(orbit, protocol=pickle.HIGHEST_PROTOCOL))
results = {}
