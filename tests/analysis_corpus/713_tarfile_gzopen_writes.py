# expect: writes=no reads=no risk=medium approval=yes
# why: the TarFile class's own openers (gzopen, bz2open, xzopen, taropen) open archives for writing like tarfile.open (left by round 16, now file_write)
import tarfile

archive = tarfile.TarFile.gzopen("logs.tgz", "w")
archive.close()
results = {"archived": True}
