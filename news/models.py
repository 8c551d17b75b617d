"""News page types arrive with the news issue."""
