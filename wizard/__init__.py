"""ICP licence readiness wizard."""

import os

__version__ = "0.1.0"

# No pydantic plugins: the program never loads third-party code into its validation (a plugin
# such as an observability hook could send data away, and the program is offline), and looking
# for them reads the metadata of every installed package at the first model (~10 ms of each start).
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
