"""PyInstaller's PySide6 run-time hook, minus one cost: it imported PySide6.QtCore at every start
(~80 ms) to register the qt.conf that points Qt at the bundle. The CLI never needs Qt, so the
qt.conf is registered the moment PySide6.QtCore is first imported instead.

Mirrors PyInstaller 6.x's hooks/rthooks/pyi_rth_pyside6.py; recheck when upgrading PyInstaller.
"""


def _pyi_rthook():
    import importlib.util
    import os
    import sys

    from _pyi_rth_utils import is_macos_app_bundle, prepend_path_to_environment_variable
    from _pyi_rth_utils import qt as qt_rth_utils

    qt_rth_utils.ensure_single_qt_bindings_package("PySide6")
    qt_path = os.path.join(sys._MEIPASS, "PySide6") if sys.platform.startswith("win") \
        else os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    if is_macos_app_bundle:  # data files live in Contents/Resources, binaries in Contents/Frameworks
        resources = os.path.normpath(os.path.join(sys._MEIPASS, "..", "Resources",
                                                  os.path.relpath(qt_path, sys._MEIPASS)))
        os.environ["QML2_IMPORT_PATH"] = os.pathsep.join([os.path.join(resources, "qml"),
                                                          os.path.join(qt_path, "qml")])
    else:
        os.environ["QML2_IMPORT_PATH"] = os.path.join(qt_path, "qml")
    if sys.platform.startswith("win"):
        prepend_path_to_environment_variable(sys._MEIPASS, "PATH")
    if sys.platform == "darwin" and not is_macos_app_bundle:
        prepend_path_to_environment_variable(sys._MEIPASS, "DYLD_LIBRARY_PATH")

    class QtConfOnFirstImport:
        """Lets PySide6.QtCore load normally, then registers the qt.conf before anything can use Qt."""

        def find_spec(self, name, path=None, target=None):
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)  # once only; the lookup below must not come back here
            spec = importlib.util.find_spec(name)
            if spec is None or spec.loader is None:
                return spec
            execute = spec.loader.exec_module

            def exec_module(module):
                execute(module)
                qt_rth_utils.create_embedded_qt_conf("PySide6", qt_path)

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, QtConfOnFirstImport())


_pyi_rthook()
del _pyi_rthook
