# expect: writes=no reads=no risk=medium approval=yes
# why: open handed to map with a second iterable of modes opens for writing when a mode writes; map(open, paths) alone reads (left by round 16, now file_write)
paths = ["summary.txt", "channels.txt"]
modes = ["w", "w"]
for handle in map(open, paths, modes):
    handle.write("ok\n")
    handle.close()
results = {"written": len(paths)}
