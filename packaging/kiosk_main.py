"""Entry point of the frozen ``kiosk`` executable (PyInstaller).

``kiosk build`` decodes photographs in a ``forkserver`` process pool; in a
frozen program every worker starts this same executable, and only
``freeze_support`` turns that start into a worker instead of a second CLI.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from kiosk.cli import main

    sys.exit(main())
