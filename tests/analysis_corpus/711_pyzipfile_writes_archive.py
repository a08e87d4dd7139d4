# expect: writes=no reads=no risk=medium approval=yes
# why: zipfile.PyZipFile opened for writing writes an archive like ZipFile does (left by round 16, now file_write)
import zipfile

with zipfile.PyZipFile("bundle.zip", "w") as bundle:
    bundle.writestr("readme.txt", "analysis bundle")
results = {"bundled": True}
