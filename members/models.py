"""Member page types arrive with the member directory issue."""
