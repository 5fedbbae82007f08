"""Framework inputs shared by the Python framework tests."""

import pathlib

FRAMEWORKS = pathlib.Path(__file__).resolve().parents[1] / "data" / "frameworks"
EXAMPLE = FRAMEWORKS / "valid" / "api-example.yaml"

# Two problems: a bad enum value (line 10) and a misspelt key (line 13).
BROKEN = """\
schema_version: 1
id: api-broken
name: Broken
partnership:
  name: Broken partnership
  working_together: {edition: 2023}
agencies:
  - id: council
    name: Council
    sector: polise
  - id: police
    name: Police
    sectr: police
"""
