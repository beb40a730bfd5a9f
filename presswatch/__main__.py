import sys

from presswatch.cli import main

sys.exit(main())
