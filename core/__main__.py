"""``python -m dipgraph``: the same as the ``dipgraph`` console script."""

import sys

from dipgraph.cli import main

sys.exit(main())
