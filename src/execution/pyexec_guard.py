"""The read-only write guard: in a ``read_only`` run, every write entry point of the
control-system client libraries refuses, fails closed, and is recorded.

The wrapper calls ``install()`` before the code runs when ``PYEXEC_EXECUTION_MODE`` is not
``write_access``. Modules already imported are patched at once; the others when the code
imports them (a finder first on ``sys.meta_path`` patches each guarded module right after it
executes). Covered: pyepics (``caput``, ``caput_many``, ``PV.put``, the ``PV.value``
setter, ``ca.put``, ``ca.sg_put``), caproto (``sync.client.write``, client ``PV.write``), p4p
(``Context.put``, ``Context.rpc``), pvaccess (``Channel.put*``, ``RpcClient.invoke``), caproto's
``Batch.write``, Tango (``DeviceProxy`` / ``Group`` writes and commands,
``AttributeProxy.write*``/``set_config``/``poll``, the ``Database``'s changes), cothread's and
aioca's ``caput``, pythonSoftIOC's ``iocInit``, and the ``pyexec_runtime`` writes. ophyd,
bluesky and taurus write through pyepics, caproto and PyTango, so their writes meet these
(the ``pyexec_runtime`` writes are refused by the runtime itself). A refusal raises
``ChannelWriteRefused`` and appends a line to ``PYEXEC_REFUSALS_FILE``, so the run fails with
kind ``write_refused`` even if the code catches the exception.

This guard lives in the code's own process: it stops code that writes by mistake or through
a spelling the analyzer missed, not code that sets out to undo it (that is the sandbox's job).
"""

import os
import sys

_DEVICE_WRITES = (
    "write_attribute", "write_attributes", "write_attribute_asynch", "write_attributes_asynch",
    "write_read_attribute", "write_read_attributes", "command_inout", "command_inout_asynch",
    "command_inout_raw", "put_property", "delete_property", "write_pipe",
    "set_attribute_config", "poll_attribute", "stop_poll_attribute", "poll_command",
    "stop_poll_command",
)

_ATTRIBUTE_CHANGES = (
    "write", "write_asynch", "write_read", "put_property", "delete_property", "set_config",
    "poll", "stop_poll",
)

# The Tango database's methods that change device configuration (``*``: every name so begun).
_DATABASE_CHANGES = (
    "put_*", "delete_*", "add_*", "export_*", "unexport_*", "rename_*", "register_*",
    "unregister_*",
)

# module -> (functions, {class: methods}, {class: properties whose setter writes})
# Read-only (a mappingproxy), and each function below keeps its own reference: code cannot
# empty the table to leave a library it imports later unguarded.
GUARDED = type(type.__dict__)({
    "epics": (("caput", "caput_many"), {"PV": ("put",)}, {"PV": ("value", "char_value")}),
    "epics.pv": ((), {"PV": ("put",)}, {"PV": ("value", "char_value")}),
    "epics.ca": (("put", "sg_put"), {}, {}),
    "epics.device": ((), {"Device": ("put",)}, {}),
    "epics.motor": ((), {"Motor": ("put", "move", "tweak", "set_position")}, {}),
    "caproto.sync.client": (("write",), {}, {}),
    "caproto.threading.client": ((), {"PV": ("write",), "Batch": ("write",)}, {}),
    "caproto.asyncio.client": ((), {"PV": ("write",)}, {}),
    "caproto.threading.pyepics_compat": (("caput", "caput_many"), {"PV": ("put",)}, {"PV": ("value",)}),
    "p4p.client.thread": ((), {"Context": ("put", "rpc")}, {}),
    "p4p.client.asyncio": ((), {"Context": ("put", "rpc")}, {}),
    "p4p.client.cothread": ((), {"Context": ("put", "rpc")}, {}),
    "pvaccess": ((), {"Channel": ("put*", "asyncPut*", "parsePut*"), "MultiChannel": ("put*",),
                      "RpcClient": ("invoke",)}, {}),
    "tango": ((), {"DeviceProxy": _DEVICE_WRITES, "Group": _DEVICE_WRITES,
                   "AttributeProxy": _ATTRIBUTE_CHANGES, "Database": _DATABASE_CHANGES}, {}),
    "PyTango": ((), {"DeviceProxy": _DEVICE_WRITES, "Group": _DEVICE_WRITES,
                     "AttributeProxy": _ATTRIBUTE_CHANGES, "Database": _DATABASE_CHANGES}, {}),
    "cothread.catools": (("caput",), {}, {}),
    "aioca": (("caput",), {}, {}),
    # pythonSoftIOC: starting the IOC serves its records on the facility network.
    "softioc.softioc": (("iocInit",), {}, {}),
})


def _refusal(name):
    import pyexec_runtime
    from pyexec_runtime import ChannelWriteRefused

    mode = os.environ.get("PYEXEC_EXECUTION_MODE", "read_only")

    def refuse(*args, **kwargs):
        shown = ", ".join([repr(a)[:80] for a in args[:3]])
        # The runtime's copy, taken before the code ran (the code may clear os.environ).
        path = pyexec_runtime._REFUSALS_FILE
        if path:
            import json  # only on refusal: importing json costs every run milliseconds

            with open(path, "a", encoding="utf-8") as log:
                log.write(json.dumps({"entry_point": name, "arguments": shown, "mode": mode}) + "\n")
        raise ChannelWriteRefused(
            "write through %s(%s) refused: this run executes in %s mode" % (name, shown, mode)
        )

    refuse.__name__ = name.rsplit(".", 1)[-1]
    refuse.__pyexec_guard__ = True
    return refuse


def _guard_class(module_name, cls, methods, properties):
    label = "%s.%s" % (module_name, cls.__name__)
    names = set()
    for method in methods:
        if method.endswith("*"):
            prefix = method[:-1]
            names.update(n for n in dir(cls) if n.startswith(prefix))
        else:
            names.add(method)
    for name in names:
        try:
            setattr(cls, name, _refusal("%s.%s" % (label, name)))
        except (AttributeError, TypeError):  # an extension type that refuses: fail closed
            _poison(label, cls)
            return
    for prop in properties:
        current = cls.__dict__.get(prop)
        getter = current.fget if isinstance(current, property) else None
        refuse = _refusal("%s.%s =" % (label, prop))
        try:
            setattr(cls, prop, property(getter, lambda self, value, _r=refuse: _r(value)))
        except (AttributeError, TypeError):
            _poison(label, cls)
            return
    # Tango proxies write device attributes by assignment (``dev.Voltage = 3``).
    if module_name in ("tango", "PyTango") and cls.__name__ in ("DeviceProxy", "Group"):
        refuse = _refusal("%s attribute assignment" % label)
        original = cls.__setattr__

        def guarded_setattr(self, name, value, _r=refuse, _o=original):
            if name.startswith("_"):
                return _o(self, name, value)
            return _r(name, value)

        try:
            cls.__setattr__ = guarded_setattr
        except (AttributeError, TypeError):
            _poison(label, cls)


def _poison(label, cls):
    """A class whose writes cannot be replaced: make constructing it refuse instead."""
    refuse = _refusal("%s (cannot be guarded, so not usable in read_only mode)" % label)
    try:
        cls.__init__ = lambda self, *a, _r=refuse, **k: _r(*a)
    except (AttributeError, TypeError):
        pass


def guard_module(module, _guarded=GUARDED):
    spec = _guarded.get(module.__name__)
    if spec is None or getattr(module, "__pyexec_guarded__", False):
        return
    functions, classes, properties = spec
    for name in functions:
        if hasattr(module, name):
            setattr(module, name, _refusal("%s.%s" % (module.__name__, name)))
    for class_name, methods in classes.items():
        cls = getattr(module, class_name, None)
        if isinstance(cls, type):
            _guard_class(module.__name__, cls, methods, properties.get(class_name, ()))
    module.__pyexec_guarded__ = True


class GuardFinder:
    """First on ``sys.meta_path``: lets the other finders find a guarded module, then guards
    it right after it executes."""

    @classmethod
    def find_spec(cls, name, path=None, target=None, _guarded=GUARDED):
        if name not in _guarded:
            return None
        for finder in sys.meta_path:
            if finder is cls or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None and spec.loader is not None and hasattr(spec.loader, "exec_module"):
                loader = spec.loader
                original = loader.exec_module

                def exec_module(module, _original=original):
                    _original(module)
                    guard_module(module)

                try:
                    loader.exec_module = exec_module
                except (AttributeError, TypeError):
                    return spec
                return spec
            if spec is not None:
                return spec
        return None


def install():
    if os.environ.get("PYEXEC_EXECUTION_MODE") == "write_access":
        return
    for name in list(GUARDED):
        module = sys.modules.get(name)
        if module is not None:
            guard_module(module)
    sys.meta_path.insert(0, GuardFinder)
