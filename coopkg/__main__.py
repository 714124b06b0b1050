"""``python -m coopkg`` runs the command line."""

from .cli import main

main()
