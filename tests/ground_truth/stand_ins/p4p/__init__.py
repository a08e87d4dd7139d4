"""Stand-in p4p (client side only)."""
