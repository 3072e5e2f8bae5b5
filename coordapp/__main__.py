"""``python -m coordapp``: the same as the ``coordapp`` command."""

import sys

from coordapp.launch import main

sys.exit(main())
