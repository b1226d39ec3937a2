"""eventwire: political event data from news reports."""
