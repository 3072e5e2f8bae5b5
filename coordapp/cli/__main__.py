import sys

from coordapp.cli.app import main

sys.exit(main())
