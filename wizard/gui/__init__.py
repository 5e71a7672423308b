"""The Qt desktop wizard. All Qt code lives here; wizard.core never imports it.

Importing this package first loads what the window needs from outside Qt (the core, pydantic,
platformdirs, html), before any Qt module: once PySide6 is imported, it reads the whole source
file of every module imported after it, to see whether the module uses PySide6 (shiboken's
`__feature__` check, PYSIDE-2029). For the core's modules and their libraries that cost about
50 ms of the start-up (benchmarks/gui.py). tests/gui/test_startup_imports.py checks that start-up
imports nothing after Qt but the GUI's own modules. The cyclic collector is paused meanwhile, and
what these imports make, which lives as long as the program, is then frozen out of its passes.
"""

import gc

_collecting = gc.isenabled()
gc.disable()
try:
    import html  # noqa: F401

    import platformdirs  # noqa: F401

    import wizard.core.application.storage  # noqa: F401
    import wizard.core.application.validation  # noqa: F401
    import wizard.core.engine  # noqa: F401
    import wizard.core.help.fields  # noqa: F401
    import wizard.core.help.glossary  # noqa: F401
    import wizard.core.rulepack.cache  # noqa: F401
    import wizard.core.runtime.crash  # noqa: F401
    import wizard.core.sentences  # noqa: F401
finally:
    gc.freeze()  # out of the collector's later passes (PySide6's import next made them walk all of it)
    if _collecting:
        gc.enable()
