"""What the tests of the argmap package share: the built argmap binary (ARGMAP_BIN),
the shared data (ARGMAP_SHARED_DIR), and `needs`, which skips a test whose tool
or file is missing on a developer's machine and fails it under CI=true (as
testing::Needs in tests/argmap_run.h does). scripts/test-python.sh sets these."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

SOURCE_DIR = Path(__file__).resolve().parents[2]
SHARED_DIR = Path(os.environ.get("ARGMAP_SHARED_DIR", SOURCE_DIR.parent / "shared"))
ARGMAP_BIN = os.environ.get("ARGMAP_BIN", str(SOURCE_DIR / "build" / "argmap"))


def needs(present: bool, what: str) -> None:
    if present:
        return
    if os.environ.get("CI") == "true":
        pytest.fail("required under CI=true, but missing: " + what)
    pytest.skip(what)


def cli(*args, cwd=None) -> subprocess.CompletedProcess:
    """Runs the argmap binary; stdout and stderr as bytes."""
    return subprocess.run([ARGMAP_BIN, *map(str, args)], capture_output=True, cwd=cwd)


@pytest.fixture
def seeds() -> Path:
    path = SHARED_DIR / "gold" / "seeds.jsonl"
    needs(path.is_file(), "the shared seeds (" + str(path) + ")")
    return path


@pytest.fixture
def has_dot() -> None:
    needs(shutil.which("dot") is not None, "Graphviz's dot")
