# expect: writes=no reads=no risk=medium approval=yes
# why: an output folder that a local function returns, that `__init__` keeps on `self` from a parameter default, or that a call passes for a parameter, is followed to the `savefig` that writes there, outside the run folder (round 21)
import os

import matplotlib.pyplot as plt


def output_dir():
    return "/tmp/out"


class Scan:
    def __init__(self, folder="/srv/figures"):
        self.folder = folder

    def save(self, fig):
        fig.savefig(os.path.join(self.folder, "scan.png"))


def save(fig, folder):
    fig.savefig(os.path.join(folder, "orbit.png"))


fig = plt.figure()
plt.savefig(os.path.join(output_dir(), "x.png"))
Scan().save(fig)
save(fig, "/tmp/figs")
