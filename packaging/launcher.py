"""What the bundled executables run: the window without a command, the command line with one."""

import sys

from normlab.cli import main

if __name__ == "__main__":
    sys.exit(main())
