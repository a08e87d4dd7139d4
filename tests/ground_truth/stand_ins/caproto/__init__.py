"""Stand-in caproto (client side only)."""

import enum as _enum


class ChannelType(_enum.IntEnum):
    STRING = 0
    INT = 1
    FLOAT = 2
    ENUM = 3
    CHAR = 4
    LONG = 5
    DOUBLE = 6
