"""examples/notebook.ipynb runs from the first cell to the last (jupyter nbconvert --execute)."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import argmap
from conftest import SOURCE_DIR, needs


def test_the_example_notebook_runs(tmp_path):
    needs(shutil.which("jupyter-nbconvert") is not None,
          "jupyter nbconvert (Debian: jupyter-nbconvert python3-ipykernel)")
    notebook = SOURCE_DIR / "examples" / "notebook.ipynb"
    stored = json.loads(notebook.read_text(encoding="utf-8"))
    assert all(not c.get("outputs") for c in stored["cells"]), "commit the notebook without outputs"
    # The kernel runs in examples/ and imports the package these tests import.
    env = dict(os.environ, PYTHONPATH=str(Path(argmap.__file__).resolve().parent.parent))
    run = subprocess.run(
        ["jupyter-nbconvert", "--to", "notebook", "--execute", "--output-dir", str(tmp_path),
         str(notebook)], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    done = json.loads((tmp_path / "notebook.ipynb").read_text(encoding="utf-8"))
    outputs = [o for c in done["cells"] if c["cell_type"] == "code" for o in c["outputs"]]
    assert not [o for o in outputs if o["output_type"] == "error"]
    drawing = done["cells"][1]["outputs"][0]["data"]
    assert "image/svg+xml" in drawing or "text/html" in drawing
    matrix = done["cells"][-1]["outputs"][0]["data"]
    assert "text/html" in matrix  # a pandas DataFrame
