"""pytest runs against the package staged in <build>/python (the Makefile sets PYTHONPATH)."""
