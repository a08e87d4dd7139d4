# expect: writes=no reads=no risk=medium approval=yes
# why: urllib.request.urlretrieve(url, filename) (and URLopener().retrieve) saves the download to a file by name, a file write like open(path, 'wb') (round 16)
import urllib.request

path, headers = urllib.request.urlretrieve("file:///etc/hostname", "hostname_copy.txt")
results = {"saved": path}
