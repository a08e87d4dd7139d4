"""Stand-in ``epics.autosave``: ``save_pvs`` reads PVs into a file, ``restore_pvs`` writes
them back."""

import _ground_truth as _gt


def save_pvs(request_file, save_file):
    _gt.read("epics.autosave.save_pvs", request_file)


def restore_pvs(filepath, debug=False):
    _gt.write("epics.autosave.restore_pvs", filepath)
