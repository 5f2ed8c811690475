"""Which packages the wheel holds: every package under welcome_desk/, found, so none can be forgotten.

Everything else about the project is in pyproject.toml. resources/ and db/ live at
the top of the repository (data, not code) and ship inside the package as
welcome_desk._resources and welcome_desk._migrations ([tool.setuptools] package-dir).
tests/architecture/test_wheel.py builds the wheel and checks every package is in it.
"""

from setuptools import find_packages, setup

DATA_PACKAGES = ["welcome_desk._resources", "welcome_desk._migrations", "welcome_desk._migrations.versions"]

setup(packages=find_packages(include=["welcome_desk", "welcome_desk.*"]) + DATA_PACKAGES)
