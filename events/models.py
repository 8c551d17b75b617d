"""Event page types arrive with the events issue."""
