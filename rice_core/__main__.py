import sys

from rice_core.cli import main

sys.exit(main())
