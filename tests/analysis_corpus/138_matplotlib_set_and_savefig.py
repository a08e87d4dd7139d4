# expect: writes=no reads=no risk=low approval=no
# why: matplotlib setters are not control-system writes
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
fig, ax = plt.subplots()
ax.set(xlabel='t', ylabel='I')
ax.plot([1, 2], [3, 4])
results = {}
