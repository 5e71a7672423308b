"""ICP licence readiness wizard."""

import os
import sys
import types

__version__ = "0.1.0"

# No pydantic plugins: the program never loads third-party code into its validation (a plugin
# such as an observability hook could send data away, and the program is offline), and looking
# for them reads the metadata of every installed package at the first model (~10 ms of each start).
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
if os.environ["PYDANTIC_DISABLE_PLUGINS"] in ("__all__", "1", "true"):
    # With every plugin disabled, pydantic's plugin loader only returns "none"; importing it still
    # imported importlib.metadata (and email, zipfile, csv...), ~15 ms of every `check` and GUI start.
    # Its one function, as pydantic's own answers it here; a user's own loader module is left alone.
    _no_plugins = types.ModuleType("pydantic.plugin._loader", "No pydantic plugins (wizard/__init__.py).")
    _no_plugins.get_plugins = lambda: ()  # type: ignore[attr-defined]
    sys.modules.setdefault("pydantic.plugin._loader", _no_plugins)
