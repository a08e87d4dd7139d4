# expect: writes=no reads=no risk=medium approval=yes
# why: dask.distributed.Client() with no address starts a LocalCluster: a TCP scheduler, worker servers and the Bokeh dashboard (default :8787, all interfaces); a network server, low (round 18)
from dask.distributed import Client
import dask.array as da

client = Client(n_workers=2, threads_per_worker=2)
x = da.random.random((10000, 1000), chunks=(1000, 1000))
m = x.mean().compute()
client.close()
results = {"m": float(m)}
