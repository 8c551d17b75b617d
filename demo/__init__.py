"""The demo site: its texts as data files, the builders and bulk generators.

Every builder looks up what it would create before creating it, so a second
run changes nothing, and it leaves alone what an editor changed since.
"""
