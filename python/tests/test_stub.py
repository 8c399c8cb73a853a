"""The typed stub (argmap/__init__.pyi) names every public function and method with
the parameters the package takes, so type checkers see the real API."""

import ast
import inspect
from pathlib import Path

import argmap

STUB = Path(argmap.__file__).with_name("__init__.pyi")


def stub_signatures():
    tree = ast.parse(STUB.read_text(encoding="utf-8"))
    found = {}

    def params(fn):
        a = fn.args
        return [p.arg for p in a.posonlyargs + a.args + a.kwonlyargs if p.arg != "self"]

    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            found[node.name] = params(node)
        elif isinstance(node, ast.ClassDef):
            found[node.name] = None
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    found[node.name + "." + item.name] = params(item)
    return found


def real_signatures():
    found = {}

    def params(fn):
        return [p.name for p in inspect.signature(fn).parameters.values()
                if p.name != "self" and p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)]

    for name in argmap.__all__ + ["clear_cache"]:
        value = getattr(argmap, name)
        if inspect.isclass(value):
            found[name] = None
            if issubclass(value, BaseException):
                continue
            for member, fn in vars(value).items():
                if member.startswith("_") and member not in ("__len__", "_repr_svg_",
                                                             "_repr_html_"):
                    continue
                fn = fn.fget if isinstance(fn, property) else fn
                if callable(fn):
                    found[name + "." + member] = params(fn)
        else:
            found[name] = params(value)
    return found


def test_the_stub_has_every_public_name_with_its_parameters():
    stub = stub_signatures()
    for name, parameters in real_signatures().items():
        assert name in stub, name
        assert stub[name] == parameters, name
