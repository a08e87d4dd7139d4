"""Stand-in caproto (client side only)."""
