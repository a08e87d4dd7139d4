"""Stand-in PyTango: a ``DeviceProxy`` whose attribute reads and read-only queries are
reads, and whose attribute writes and commands (any other method called on it) are writes;
``AttributeProxy``, ``Group`` and ``Database`` likewise."""

import enum as _enum

import _ground_truth as _gt

__all__ = ["DeviceProxy", "AttributeProxy", "Group", "Database", "DevState", "DevFailed",
           "DeviceAttribute", "AttrQuality", "EventType", "GreenMode", "get_device_proxy",
           "ApiUtil", "cb_sub_model", "EventData", "Util", "AttrWriteType"]


class DevFailed(Exception):
    pass


class ConnectionFailed(DevFailed):
    pass


class CommunicationFailed(DevFailed):
    pass


class DevState(_enum.IntEnum):
    ON = 0
    OFF = 1
    CLOSE = 2
    OPEN = 3
    INSERT = 4
    EXTRACT = 5
    MOVING = 6
    STANDBY = 7
    FAULT = 8
    INIT = 9
    RUNNING = 10
    ALARM = 11
    DISABLE = 12
    UNKNOWN = 13


class AttrQuality(_enum.IntEnum):
    ATTR_VALID = 0
    ATTR_INVALID = 1
    ATTR_ALARM = 2
    ATTR_CHANGING = 3
    ATTR_WARNING = 4


class EventType(_enum.IntEnum):
    CHANGE_EVENT = 0
    QUALITY_EVENT = 1
    PERIODIC_EVENT = 2
    ARCHIVE_EVENT = 3
    USER_EVENT = 4
    ATTR_CONF_EVENT = 5
    DATA_READY_EVENT = 6
    INTERFACE_CHANGE_EVENT = 7
    PIPE_EVENT = 8


class GreenMode(_enum.IntEnum):
    Synchronous = 0
    Futures = 1
    Gevent = 2
    Asyncio = 3


class AttrWriteType(_enum.IntEnum):
    READ = 0
    READ_WITH_WRITE = 1
    WRITE = 2
    READ_WRITE = 3


class DeviceAttribute:
    def __init__(self, name="", value=1.0):
        self.name = name
        self.value = value
        self.w_value = value
        self.quality = AttrQuality.ATTR_VALID
        self.time = None
        self.dim_x = 1
        self.dim_y = 0
        self.has_failed = False


class _Info:
    dev_class = "PowerSupply"
    server_id = "PowerSupply/1"
    server_host = "localhost"
    doc_url = ""


# Methods of a proxy that ask and change nothing.
_QUERIES = {
    "state", "status", "ping", "info", "description", "adm_name", "alias", "name",
    "dev_name", "attribute_query", "attribute_list_query", "attribute_list_query_ex",
    "attribute_history", "command_query", "command_list_query", "command_history",
    "polling_status", "black_box", "import_info", "locking_status", "subscribe_event",
    "unsubscribe_event", "event_queue_size", "pending_asynch_call", "State", "Status",
    "get_timeout_millis", "set_timeout_millis", "set_source", "set_green_mode",
    "set_transparency_reconnection", "connect", "reconnect", "read_attribute_reply",
    "read_attributes_reply", "read_pipe", "freeze_dynamic_interface",
    "unfreeze_dynamic_interface", "cancel_all_polling_asynch_request", "is_locked",
    "is_locked_by_me", "is_attribute_polled", "is_command_polled", "is_dbase_used",
    "is_event_queue_empty", "get_access_control", "get_access_right", "get_asynch_replies",
    "get_db_host", "get_db_port", "get_db_port_num", "get_dev_host", "get_dev_port",
    "get_fqdn", "get_from_env_var", "get_green_mode", "get_idl_version", "get_source",
    "get_transparency_reconnection", "get_attribute_config", "get_attribute_config_ex",
    "get_attribute_list", "get_attribute_poll_period", "get_command_config",
    "get_command_list", "get_command_poll_period", "get_device_db", "get_events",
    "get_last_event_date", "get_locker", "get_logging_level", "get_logging_target",
    "get_pipe_config", "get_pipe_list", "get_property", "get_property_list",
    "get_tango_lib_version", "get_device_attribute_list", "is_dynamic_interface_frozen",
    # Asynchronous reads and the replies of asynchronous calls (the call itself wrote).
    "read_attributes_asynch", "command_inout_reply", "write_attribute_reply",
    "write_attributes_reply", "get_pipe_config", "get_attribute_config_ex",
    # Client-side settings of the proxy.
    "cancel_asynch_request", "set_access_control",
}


class _Member(float):
    """A device attribute's value (a float), which, called, runs the command of that name."""

    def __new__(cls, proxy, name):
        obj = float.__new__(cls, 1.0)
        obj._proxy_name = proxy
        obj._member = name
        return obj

    def __call__(self, *args, **kwargs):
        if self._member in _QUERIES:
            _gt.read("tango.DeviceProxy.%s()" % self._member, self._proxy_name)
            if self._member in ("state", "State"):
                return DevState.ON
            if self._member in ("status", "Status"):
                return "The device is ON"
            return []
        _gt.write("tango.DeviceProxy.%s()" % self._member, self._proxy_name, args)
        return None


class EventData:
    """An event a subscription's callback gets: ``device`` is the proxy subscribed on."""

    def __init__(self, device, attr_name, event_type):
        self.device = device
        self.attr_name = attr_name
        self.event = str(event_type)
        self.attr_value = DeviceAttribute(attr_name)
        self.err = False
        self.errors = ()
        self.reception_date = None

    def get_date(self):
        return None


class AttrReadEvent:
    def __init__(self, device, attr_names):
        self.device = device
        self.attr_names = list(attr_names)
        self.argout = [DeviceAttribute(n) for n in self.attr_names]
        self.err = False
        self.errors = ()


class AttrWrittenEvent:
    def __init__(self, device, attr_names):
        self.device = device
        self.attr_names = list(attr_names)
        self.err = False
        self.errors = ()


class CmdDoneEvent:
    def __init__(self, device, cmd_name):
        self.device = device
        self.cmd_name = cmd_name
        self.argout = None
        self.argout_raw = None
        self.err = False
        self.errors = ()


_QUEUES = {}
_IDS = [0]
_PENDING = []


class cb_sub_model(_enum.IntEnum):
    PUSH_CALLBACK = 0
    PULL_CALLBACK = 1


_MODEL = [cb_sub_model.PULL_CALLBACK]


def _next_id():
    _IDS[0] += 1
    return _IDS[0]


def _push(target, event):
    """Hands an event to a callback: a callable, or an object's ``push_event``."""
    if target is None:
        return
    if hasattr(target, "push_event"):
        target.push_event(event)
    elif callable(target):
        target(event)


def _call_asynch(cb, event):
    if isinstance(event, CmdDoneEvent) and hasattr(cb, "cmd_ended"):
        cb.cmd_ended(event)
    elif isinstance(event, AttrReadEvent) and hasattr(cb, "attr_read"):
        cb.attr_read(event)
    elif isinstance(event, AttrWrittenEvent) and hasattr(cb, "attr_written"):
        cb.attr_written(event)
    elif callable(cb):
        cb(event)


def _asynch(proxy, cb, event):
    """An asynchronous call's callback: at once in the push model, else kept until
    ``get_asynch_replies`` (of the proxy or of ``ApiUtil``)."""
    if _MODEL[0] == cb_sub_model.PUSH_CALLBACK:
        _call_asynch(cb, event)
    else:
        _PENDING.append((proxy, cb, event))


def _fire_asynch(proxy=None):
    for item in list(_PENDING):
        if proxy is None or item[0] is proxy:
            _PENDING.remove(item)
            _call_asynch(item[1], item[2])


class ApiUtil:
    _instance = None

    @classmethod
    def instance(cls):
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    def get_asynch_replies(self, *args):
        _fire_asynch(None)

    def set_asynch_cb_sub_model(self, model):
        _MODEL[0] = model

    def get_asynch_cb_sub_model(self):
        return _MODEL[0]

    def pending_asynch_call(self, *args):
        return len(_PENDING)


class DeviceProxy:
    def __init__(self, dev_name, *args, **kwargs):
        object.__setattr__(self, "_dev_name", str(dev_name))

    # Reads.
    def read_attribute(self, attr_name, *args, **kwargs):
        _gt.read("tango.DeviceProxy.read_attribute", "%s/%s" % (self._dev_name, attr_name))
        return DeviceAttribute(attr_name)

    def read_attributes(self, attr_names, *args, **kwargs):
        return [self.read_attribute(n) for n in list(attr_names)]

    def read_attribute_asynch(self, attr_name, *args, **kwargs):
        _gt.read("tango.DeviceProxy.read_attribute_asynch", attr_name)
        cb = args[0] if args else kwargs.get("cb")
        if cb is not None and not isinstance(cb, (int, float)):
            _asynch(self, cb, AttrReadEvent(self, [attr_name]))
        return 1

    def read_attributes_asynch(self, attr_names, *args, **kwargs):
        names = list(attr_names)
        for n in names:
            _gt.read("tango.DeviceProxy.read_attributes_asynch", n)
        cb = args[0] if args else kwargs.get("cb")
        if cb is not None and not isinstance(cb, (int, float)):
            _asynch(self, cb, AttrReadEvent(self, names))
        return 1

    def state(self, *args, **kwargs):
        _gt.read("tango.DeviceProxy.state", self._dev_name)
        return DevState.ON

    def status(self, *args, **kwargs):
        _gt.read("tango.DeviceProxy.status", self._dev_name)
        return "The device is ON"

    def ping(self, *args, **kwargs):
        return 100

    def info(self):
        return _Info()

    def name(self):
        return self._dev_name

    def dev_name(self):
        return self._dev_name

    def get_attribute_list(self):
        _gt.read("tango.DeviceProxy.get_attribute_list", self._dev_name)
        return ["Current", "Voltage", "State", "Status"]

    def get_command_list(self):
        return ["On", "Off", "Reset", "State", "Status"]

    def attribute_query(self, attr_name):
        _gt.read("tango.DeviceProxy.attribute_query", attr_name)
        return DeviceAttribute(attr_name)

    def get_attribute_config(self, attr_name):
        return DeviceAttribute(attr_name)

    def get_property(self, names, *args):
        return {}

    def get_device_db(self):
        return Database()

    def set_timeout_millis(self, timeout):
        pass

    def get_timeout_millis(self):
        return 3000

    def subscribe_event(self, *args, **kwargs):
        """PyTango: ``(attr_name, event_type, cb_or_queuesize, ...)`` or, for interface
        change events, ``(event_type, cb_or_queuesize, ...)``. A callback (a function, or
        an object with ``push_event``) gets the first event at once, synchronously; a
        queue size keeps the events for ``get_events``."""
        if args and isinstance(args[0], str):
            attr_name, event_type, rest = args[0], args[1], list(args[2:])
        else:
            attr_name, event_type, rest = "", args[0], list(args[1:])
        target = rest[0] if rest else kwargs.get("cb_or_queuesize", kwargs.get("callback"))
        _gt.read("tango.DeviceProxy.subscribe_event", "%s/%s" % (self._dev_name, attr_name))
        event_id = _next_id()
        event = EventData(self, attr_name, event_type)
        if isinstance(target, int) and not isinstance(target, bool):
            _QUEUES[event_id] = [event]
        else:
            _push(target, event)
        return event_id

    def unsubscribe_event(self, event_id):
        _QUEUES.pop(event_id, None)

    def get_events(self, event_id, callback=None, *args, **kwargs):
        """The events queued for a subscription: handed to ``callback`` (a function or an
        object with ``push_event``) or, without one, returned as a list."""
        _gt.read("tango.DeviceProxy.get_events", self._dev_name)
        events, _QUEUES[event_id] = _QUEUES.get(event_id, []), []
        if callback is None:
            return events
        for event in events:
            _push(callback, event)

    def event_queue_size(self, event_id):
        return len(_QUEUES.get(event_id, []))

    def get_asynch_replies(self, *args, **kwargs):
        """Pull model: the callbacks of this proxy's finished asynchronous calls run."""
        _fire_asynch(self)

    # Writes.
    def write_attribute(self, attr_name, value, *args, **kwargs):
        _gt.write("tango.DeviceProxy.write_attribute", "%s/%s" % (self._dev_name, attr_name),
                  value)

    def write_attributes(self, name_values, *args, **kwargs):
        for name, value in list(name_values):
            self.write_attribute(name, value)

    def write_read_attribute(self, attr_name, value, *args, **kwargs):
        self.write_attribute(attr_name, value)
        return DeviceAttribute(attr_name, value)

    def write_attribute_asynch(self, attr_name, value, *args, **kwargs):
        self.write_attribute(attr_name, value)
        cb = args[0] if args else kwargs.get("cb")
        if cb is not None and not isinstance(cb, (int, float)):
            _asynch(self, cb, AttrWrittenEvent(self, [attr_name]))
        return 1

    def command_inout(self, cmd_name, cmd_param=None, *args, **kwargs):
        if cmd_name in ("State", "Status"):
            _gt.read("tango.DeviceProxy.command_inout", cmd_name)
            return DevState.ON if cmd_name == "State" else "ON"
        _gt.write("tango.DeviceProxy.command_inout", "%s/%s" % (self._dev_name, cmd_name),
                  cmd_param)

    def command_inout_asynch(self, cmd_name, *args, **kwargs):
        """``(cmd_name[, cmd_param][, forget])`` or with a callback last:
        ``(cmd_name[, cmd_param], callback)``, run by ``get_asynch_replies``."""
        cb = None
        if args and callable(args[-1]) or args and hasattr(args[-1], "cmd_ended"):
            cb, args = args[-1], args[:-1]
        if cmd_name in ("State", "Status"):
            _gt.read("tango.DeviceProxy.command_inout_asynch", cmd_name)
        else:
            _gt.write("tango.DeviceProxy.command_inout_asynch",
                      "%s/%s" % (self._dev_name, cmd_name), args)
        if cb is not None:
            _asynch(self, cb, CmdDoneEvent(self, cmd_name))
        return 1

    def put_property(self, value):
        _gt.write("tango.DeviceProxy.put_property", self._dev_name, value)

    def delete_property(self, value):
        _gt.write("tango.DeviceProxy.delete_property", self._dev_name, value)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        _gt.read("tango.DeviceProxy.%s" % name, self._dev_name)
        return _Member(self._dev_name, name)

    def __setattr__(self, name, value):
        if name.startswith("_"):
            object.__setattr__(self, name, value)
            return
        self.write_attribute(name, value)

    def __getitem__(self, name):
        return self.read_attribute(name)

    def __setitem__(self, name, value):
        self.write_attribute(name, value)

    def __repr__(self):
        return "DeviceProxy(%s)" % self._dev_name


def get_device_proxy(*args, **kwargs):
    return DeviceProxy(*args, **kwargs)


# Methods of an attribute proxy that ask and change nothing.
_ATTR_QUERIES = {
    "read", "read_asynch", "read_reply", "write_reply", "name", "get_device_proxy",
    "get_config", "get_poll_period", "is_polled", "history", "ping", "state", "status",
    "subscribe_event", "unsubscribe_event", "get_events", "get_property", "get_transparency_reconnection",
    "set_transparency_reconnection", "get_last_event_date", "is_event_queue_empty",
    "event_queue_size",
}


class AttributeProxy:
    def __init__(self, name, *args, **kwargs):
        self._name = str(name)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name in _ATTR_QUERIES:
            def query(*args, **kwargs):
                _gt.read("tango.AttributeProxy.%s" % name, self._name)
                if name == "state":
                    return DevState.ON
                if name == "status":
                    return "The device is ON"
                return 1
            return query

        def change(*args, **kwargs):
            _gt.write("tango.AttributeProxy.%s" % name, self._name, args)
            return 1
        return change

    def write_asynch(self, value, *args, **kwargs):
        _gt.write("tango.AttributeProxy.write_asynch", self._name, value)
        return 1

    def read_asynch(self, *args, **kwargs):
        """PyTango: the device proxy's ``read_attribute_asynch(name, ...)`` (a callback
        given here gets the device's ``AttrReadEvent``)."""
        _gt.read("tango.AttributeProxy.read_asynch", self._name)
        cb = args[0] if args else kwargs.get("cb")
        if cb is not None and not isinstance(cb, (int, float)):
            proxy = self.get_device_proxy()
            _asynch(proxy, cb, AttrReadEvent(proxy, [self._name.rsplit("/", 1)[1]]))
        return 1

    def read_reply(self, *args, **kwargs):
        return DeviceAttribute(self._name)

    def read(self, *args, **kwargs):
        _gt.read("tango.AttributeProxy.read", self._name)
        return DeviceAttribute(self._name)

    def write(self, value, *args, **kwargs):
        _gt.write("tango.AttributeProxy.write", self._name, value)

    def write_read(self, value, *args, **kwargs):
        self.write(value)
        return DeviceAttribute(self._name, value)

    def name(self):
        return self._name

    def get_device_proxy(self):
        """The same proxy every time (PyTango keeps the one it made)."""
        if "_dev_proxy" not in self.__dict__:
            self.__dict__["_dev_proxy"] = DeviceProxy(self._name.rsplit("/", 1)[0])
        return self.__dict__["_dev_proxy"]

    def get_config(self):
        return DeviceAttribute(self._name)

    def set_config(self, config):
        _gt.write("tango.AttributeProxy.set_config", self._name, config)

    def subscribe_event(self, event_type, cb, *args, **kwargs):
        """PyTango: subscribes on the attribute's device, whose proxy the events carry."""
        dev_name, attr_name = self._name.rsplit("/", 1)
        return self.get_device_proxy().subscribe_event(attr_name, event_type, cb, *args,
                                                       **kwargs)

    def get_events(self, event_id, callback=None, *args, **kwargs):
        return self.get_device_proxy().get_events(event_id, callback)

    def unsubscribe_event(self, event_id):
        _QUEUES.pop(event_id, None)


class GroupReply:
    def __init__(self, dev_name, value=None):
        self._dev_name = dev_name
        self._value = value

    def dev_name(self):
        return self._dev_name

    def has_failed(self):
        return False

    def get_data(self):
        return DeviceAttribute(value=self._value)


class Group:
    def __init__(self, name):
        self._name = name
        self._members = []
        self._groups = {}

    def add(self, patterns, timeout_ms=-1):
        """Device name patterns, or a sub-group (kept by name, and reached through)."""
        if isinstance(patterns, Group):
            self._groups[patterns._name] = patterns
            self._members.extend(patterns._members)
            return
        if isinstance(patterns, str):
            patterns = [patterns]
        self._members.extend(patterns)

    def get_group(self, group_name):
        """PyTango: the sub-group of that name (its calls reach its own members)."""
        return self._groups.get(group_name)

    def remove(self, patterns, forward=True):
        pass

    def get_size(self, forward=True):
        return len(self._members)

    def get_device_list(self, forward=True):
        return list(self._members)

    def get_device(self, name):
        """By name or by 1-based index among the members."""
        if isinstance(name, int):
            return DeviceProxy(self._members[name - 1])
        return DeviceProxy(name)

    def read_attribute(self, attr_name, forward=True):
        for m in self._members:
            _gt.read("tango.Group.read_attribute", "%s/%s" % (m, attr_name))
        return [GroupReply(m, 1.0) for m in self._members]

    def write_attribute(self, attr_name, value, forward=True, multi=False):
        for m in self._members:
            _gt.write("tango.Group.write_attribute", "%s/%s" % (m, attr_name), value)
        return [GroupReply(m) for m in self._members]

    def command_inout(self, cmd_name, param=None, forward=True):
        if cmd_name in ("State", "Status"):
            return self.read_attribute(cmd_name, forward)
        for m in self._members:
            _gt.write("tango.Group.command_inout", "%s/%s" % (m, cmd_name), param)
        return [GroupReply(m) for m in self._members]

    def read_attributes(self, attr_names, forward=True):
        out = []
        for n in list(attr_names):
            out.extend(self.read_attribute(n, forward))
        return out

    def read_attribute_asynch(self, attr_name, forward=True):
        self.read_attribute(attr_name, forward)
        return 1

    def read_attributes_asynch(self, attr_names, forward=True):
        self.read_attributes(attr_names, forward)
        return 1

    def read_attribute_reply(self, req_id, timeout_ms=0):
        return [GroupReply(m, 1.0) for m in self._members]

    read_attributes_reply = read_attribute_reply

    def write_attribute_asynch(self, attr_name, value, forward=True, multi=False):
        self.write_attribute(attr_name, value, forward, multi)
        return 1

    def write_attribute_reply(self, req_id, timeout_ms=0):
        return [GroupReply(m) for m in self._members]

    def command_inout_asynch(self, cmd_name, param=None, forget=False, forward=True):
        self.command_inout(cmd_name, param, forward)
        return 1

    def command_inout_reply(self, req_id, timeout_ms=0):
        return [GroupReply(m) for m in self._members]

    def ping(self, forward=True):
        return True

    def contains(self, pattern, forward=True):
        return pattern in self._members

    def get_name(self):
        return self._name

    def get_fully_qualified_name(self):
        return self._name

    def enable(self, *args):
        pass

    def disable(self, *args):
        pass

    def set_timeout_millis(self, timeout_ms):
        pass


# The database's own queries that are not spelled get_*/is_*/check_*.
_DB_QUERIES = {"dev_name", "name", "info", "ping", "state", "status", "reconnect",
               "import_device", "get_services"}


# The client-side settings of the database's connection (PyTango ``Connection``).
_DB_CLIENT = {"set_timeout_millis", "set_transparency_reconnection", "set_source",
              "set_access_control", "connect", "set_access_checked"}


class Database:
    def __init__(self, *args, **kwargs):
        pass

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name in _DB_CLIENT:
            def setting(*args, **kwargs):
                return None
            return setting
        if name.startswith(("get_", "is_", "check_")) or name in _DB_QUERIES:
            def query(*args, **kwargs):
                _gt.read("tango.Database.%s" % name, args[:1])
                return []
            return query

        def change(*args, **kwargs):
            _gt.write("tango.Database.%s" % name, args[:1], args[1:])
        return change


_GREEN_MODE = [GreenMode.Synchronous]


def set_green_mode(green_mode=None):
    _GREEN_MODE[0] = green_mode


def get_green_mode():
    return _GREEN_MODE[0]


def _db_change(name):
    def change(self, *args, **kwargs):
        _gt.write("tango.Database.%s" % name, args[:1], args[1:])
    change.__name__ = name
    return change


def _db_query(name):
    def query(self, *args, **kwargs):
        _gt.read("tango.Database.%s" % name, args[:1])
        return []
    query.__name__ = name
    return query


# The class's own methods, so ``tango.Database.put_device_property(db, ...)`` works.
for _n in ("put_device_property", "delete_device_property", "put_property", "delete_property",
           "put_class_property", "delete_class_property", "put_device_attribute_property",
           "delete_device_attribute_property", "put_class_attribute_property",
           "delete_class_attribute_property", "add_device", "delete_device", "add_server",
           "delete_server", "export_device", "unexport_device", "put_device_alias",
           "delete_device_alias", "put_attribute_alias", "delete_attribute_alias",
           "rename_server", "export_server", "unexport_server"):
    setattr(Database, _n, _db_change(_n))
for _n in ("get_device_property", "get_property", "get_server_list", "get_device_exported",
           "get_class_list", "get_device_name", "get_device_info", "get_db_host",
           "get_db_port", "get_device_alias", "get_class_property",
           "get_device_attribute_property", "is_multi_tango_host", "check_access_control",
           "is_control_access_checked", "check_tango_host", "dev_name", "get_info",
           "get_services"):
    setattr(Database, _n, _db_query(_n))


class Util:
    """PyTango's server-side ``Util``: ``server_run`` serves the devices on the network."""

    _instance = None

    def __init__(self, args=None):
        self._args = list(args or [])
        Util._instance = self

    @classmethod
    def instance(cls, *args):
        return cls._instance

    def server_init(self, with_window=False):
        pass

    def server_run(self):
        _gt.write("tango.Util.server_run", " ".join(self._args))

    def add_class(self, *args, **kwargs):
        pass
