"""Entry script for the frozen bundle: the same ``main`` the installed command uses."""

import sys

from supervision_desk.__main__ import main

sys.exit(main())
