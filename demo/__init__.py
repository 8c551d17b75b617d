"""The demo site: its texts as data files, the builders and bulk generators."""
