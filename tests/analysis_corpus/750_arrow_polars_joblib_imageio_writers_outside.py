# expect: writes=no reads=no risk=medium approval=yes
# why: data-product writers missing from the run-folder check: pyarrow.parquet.write_table/ParquetWriter, pyarrow.feather.write_feather, pyarrow.dataset.write_dataset, polars write_parquet/write_csv/write_ipc, joblib.dump, imageio imwrite/mimsave with a literal /tmp or ~ path are low (df.to_parquet('/tmp/x') is file_write) (round 18)
import os
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pyarrow.feather as feather
import pyarrow.dataset as ds
import polars as pl
import joblib
import imageio
import imageio.v3 as iio

tbl = pa.table({"a": [1]})
pq.write_table(tbl, "/tmp/a.parquet")
with pq.ParquetWriter("/tmp/stream.parquet", tbl.schema) as w:
    w.write_table(tbl)
feather.write_feather(tbl, "/tmp/a.feather")
ds.write_dataset(tbl, "/tmp/dataset", format="parquet")
pl.DataFrame({"a": [1]}).write_parquet("/tmp/b.parquet")
pl.DataFrame({"a": [1]}).write_csv("/tmp/b.csv")
pl.DataFrame({"a": [1]}).write_ipc("/tmp/b.arrow")
joblib.dump({"m": 1}, "/tmp/model.joblib")
joblib.dump({"m": 1}, os.path.expanduser("~/models/m.joblib"))
iio.imwrite("/tmp/img2.png", np.zeros((4, 4), dtype=np.uint8))
imageio.mimsave("/tmp/anim.gif", [np.zeros((4, 4), dtype=np.uint8)] * 3)
results = {}
