"""Installs the argmap Python package (docs/python.md) with no network:

    pip install --no-build-isolation ./python

setuptools takes the pure-Python part from argmap/ and the extension module
`argmap._argmap` from CMake, which builds it from the repository one folder up
(the same library as the `argmap` command; pybind11 from Debian's pybind11-dev).
ARGMAP_CMAKE_ARGS adds CMake options (say "-DCMAKE_CXX_COMPILER_LAUNCHER=ccache");
CMAKE_BUILD_PARALLEL_LEVEL sets the build's threads (default: one per core).
"""

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

REPO = Path(__file__).resolve().parent.parent


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        build = Path(self.build_temp).resolve() / "cmake"
        configure = [
            "cmake", "-S", str(REPO), "-B", str(build),
            "-DCMAKE_BUILD_TYPE=Release", "-DARGMAP_BUILD_TESTS=OFF", "-DARGMAP_PYTHON=ON",
            "-DPython3_EXECUTABLE=" + sys.executable,
        ] + shlex.split(os.environ.get("ARGMAP_CMAKE_ARGS", ""))
        subprocess.check_call(configure)
        jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL") or str(os.cpu_count() or 2)
        subprocess.check_call(["cmake", "--build", str(build), "--target", "_argmap", "-j", jobs])
        built = next((build / "python" / "argmap").glob("_argmap*.so"))
        target = Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, target)


setup(
    name="argmap",
    version="0.1.0",
    description="Maps the argument of scholarly abstracts into a typed graph",
    packages=["argmap"],
    package_data={"argmap": ["py.typed", "__init__.pyi"]},
    ext_modules=[Extension("argmap._argmap", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
    python_requires=">=3.9",
    zip_safe=False,
)
