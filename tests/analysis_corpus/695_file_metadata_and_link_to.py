# expect: writes=no reads=no risk=medium approval=yes
# why: os.chmod and Path.hardlink_to are file_write but Path.link_to (3.8-3.11), os.chown/lchown/shutil.chown, os.utime and os.setxattr also change files on disk (round 16)
import os
import shutil
from pathlib import Path

Path("data.txt").link_to("data_link.txt")
os.utime("data.txt", (0, 0))
os.setxattr("data.txt", "user.note", b"x")
shutil.chown("data.txt", user="root")
results = {}
