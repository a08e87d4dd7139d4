# expect: writes=no reads=no risk=low approval=no
# why: config fields, class attributes, function results and parameters that hold relative folders keep the products in the run folder: no finding (round 21)
import os

import matplotlib.pyplot as plt

OUTPUT = {"dir": "plots", "points": 3}


class Config:
    out_dir = "results"


def output_dir():
    return "out"


def save(fig, folder):
    fig.savefig(os.path.join(folder, "orbit.png"))


fig, ax = plt.subplots()
fig.savefig(os.path.join(OUTPUT["dir"], "orbit.png"))
fig.savefig(Config.out_dir + "/x.png")
fig.savefig(os.path.join(output_dir(), "x.png"))
save(fig, "figures")
