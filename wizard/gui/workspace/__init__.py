"""The consultancy workspace: a folder of client files as one table (window.py), built on wizard.core.workspace."""

from .window import WorkspaceWindow, open_workspace

__all__ = ["WorkspaceWindow", "open_workspace"]
