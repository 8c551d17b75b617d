"""Project page types arrive with the projects issue."""
