"""``python -m povcorpus`` runs the command line."""

import sys

from povcorpus.cli import main

sys.exit(main())
