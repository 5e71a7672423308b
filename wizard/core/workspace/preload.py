"""Imported by the fork server of a process running Qt (scanning.gui_start_method): the modules a
worker needs, and the program's packs, are loaded once in the server, so each worker forked from it
starts ready, as with 'fork', without forking a process that runs Qt threads."""

from .scanning import _warm_up

_warm_up()
