"""The program on the desktop: fonts and icon, autosave and recent files, opening and saving, crash reports,
the kit built off the GUI thread."""
