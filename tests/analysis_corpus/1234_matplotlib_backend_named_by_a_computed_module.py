# expect: writes=yes reads=no risk=low approval=yes
# why: matplotlib.use('module://' + name) imports the script itself as the backend and calls its new_figure_manager, which nothing else names (red-team round 42, helper D)
import matplotlib

matplotlib.use("module://__ma" + "in__")
from matplotlib.backend_bases import FigureCanvasBase as FigureCanvas  # noqa: E402
from matplotlib.backend_bases import FigureManagerBase  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

from epics import caput  # noqa: E402


def new_figure_manager(num, *args, **kwargs):
    caput("BL:M1:VAL", 0.0)
    fig = plt.Figure()
    return FigureManagerBase(FigureCanvas(fig), num)


plt.figure()
