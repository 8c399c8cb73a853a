"""argmap: map the argument of scholarly abstracts into a typed graph.

The library behind the ``argmap`` command, for Python: the same rule pack,
model and exporters, so a map made here is byte for byte the map the command
writes for the same input (docs/python.md).

    >>> import argmap
    >>> m = argmap.extract("We show that X causes Y. Therefore, Y can be prevented.")
    >>> [n["type"] for n in m.nodes]

Errors are exceptions carrying the command's own message
(``path:line:col: error: ...``): :class:`InputError`, :class:`RuleError`,
:class:`UsageError` (also a ``ValueError``) and :class:`DrawError`, all
subclasses of :class:`Error`.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import numbers
import os
import warnings
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Union

from . import _argmap
from ._argmap import DrawError, Error, InputError, RuleError, UsageError

__all__ = [
    "Map",
    "Comparison",
    "extract",
    "iter_extract",
    "read",
    "compare",
    "eval",
    "train",
    "formats",
    "Error",
    "InputError",
    "RuleError",
    "UsageError",
    "DrawError",
    "InputWarning",
]
__version__ = "0.1.0"


class InputWarning(UserWarning):
    """A record :func:`iter_extract` skipped without ``strict``, with the command's message."""


# The name records given as Python values are read under: a record without an
# id or a DOI gets the id "abstract#<n>" (n counts from 1 across the call).
RECORD_SOURCE = "abstract"

# Formats whose output is text (the rest, png and pdf, are bytes).
_BINARY_FORMATS = ("png", "pdf")

Record = Union[str, Dict[str, Any]]


def formats() -> List[str]:
    """The output formats of :meth:`Map.export` and :meth:`Map.render`."""
    return list(_argmap.format_names())


# The values of the options, as the C++ layer takes them. Their types are
# checked here (a TypeError naming the option); their ranges there, by the
# validators the command line calls, so a bad value is the UsageError with the
# command's message ("argmap: error: --max-links needs a whole number (1 or
# more), not '0'"). A str must be text UTF-8 can carry: one holding a lone
# surrogate is a UsageError (an InputError in an abstract) saying so.

_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


def _whole(name: str, value: Any) -> int:
    """An int option; past the 64-bit range it is the range's end, which no option takes."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError("argmap: %s is an int, not %s" % (name, type(value).__name__))
    return min(max(int(value), _INT64_MIN), _INT64_MAX)


def _number(name: str, value: Any) -> float:
    """A number option (an int or a float)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError("argmap: %s is a number, not %s" % (name, type(value).__name__))
    return float(value)


def _not_text(what: str, error: UnicodeEncodeError) -> str:
    surrogate = ascii(error.object[error.start])
    return "%s is not text: it holds the lone surrogate %s, which UTF-8 cannot carry" % (
        what,
        surrogate,
    )


def _str(name: str, value: Any) -> str:
    """A str option, checked to be text."""
    if not isinstance(value, str):
        raise TypeError("argmap: %s is a str, not %s" % (name, type(value).__name__))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise UsageError("argmap: error: " + _not_text(name, e)) from None
    return value


def _path(name: str, value: Any) -> bytes:
    """A path option as the file system's bytes (os.fsencode), so any file name Python
    gives (os.listdir's, with the bytes that are not UTF-8 as surrogates) opens."""
    path = os.fspath(value)
    try:
        return os.fsencode(path)
    except UnicodeEncodeError as e:
        raise UsageError("argmap: error: " + _not_text(name, e)) from None


@functools.lru_cache(maxsize=8)
def _mapper(pack: str, rules: bytes, add_rules: tuple, model: bytes, jobs: int) -> "_argmap.Mapper":
    return _argmap.Mapper(pack, rules, list(add_rules), model, jobs)


def _jobs(jobs: Optional[int]) -> int:
    return _argmap.hardware_jobs() if jobs is None else _whole("jobs", jobs)


def _get_mapper(pack=None, rules=None, add_rules=(), model=None, jobs=None) -> "_argmap.Mapper":
    """The loaded rule pack and model for these options (loaded once, then cached)."""
    return _mapper(
        _str("pack", pack) if pack else "",
        _path("rules", rules) if rules else b"",
        tuple(_path("add_rules", f) for f in add_rules),
        _path("model", model) if model else b"",
        _jobs(jobs),
    )


def clear_cache() -> None:
    """Forget the loaded rule packs and models (after editing a rule or model file)."""
    _mapper.cache_clear()


def _as_record(item: Record) -> Dict[str, Any]:
    if isinstance(item, str):
        return {"abstract": item}
    if isinstance(item, dict):
        # pandas writes a missing value as NaN, which JSON has no word for: None is null.
        return {k: (None if isinstance(v, float) and v != v else v) for k, v in item.items()}
    raise TypeError(
        "argmap: an abstract is a str or a dict record, not %s" % type(item).__name__
    )


def _items(abstracts) -> Iterable[Record]:
    """The abstracts of one argument: a str or dict is one, a DataFrame its rows."""
    if isinstance(abstracts, (str, dict)):
        return [abstracts]
    if hasattr(abstracts, "to_dict") and hasattr(abstracts, "columns"):  # a pandas DataFrame
        return abstracts.to_dict("records")
    return abstracts


def _records(items: Iterable[Record], base: int = 0) -> bytes:
    """JSON Lines, one record a line, as the JSON reader takes them, in UTF-8; a
    record with a str that is not text is the InputError of its line (base + n)."""
    text = "".join(json.dumps(_as_record(r), ensure_ascii=False) + "\n" for r in items)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as e:
        line = base + text.count("\n", 0, e.start) + 1
        message = _not_text("the record", e)
        raise InputError("%s:%d: error: %s" % (RECORD_SOURCE, line, message)) from None


class Map:
    """An argument map: abstracts (documents), their nodes and their edges.

    ``nodes``, ``edges`` and ``documents`` are lists of dicts with the fields
    of argmap's JSON (docs/graph-model.md). A map draws itself in Jupyter.
    """

    __slots__ = ("_map", "_json", "_svg")

    def __init__(self, _map: "_argmap.Map") -> None:
        self._map = _map
        self._json: Optional[Dict[str, Any]] = None
        self._svg: Optional[str] = None

    def _parsed(self) -> Dict[str, Any]:
        if self._json is None:
            self._json = json.loads(self.to_json())
        return self._json

    @property
    def documents(self) -> List[Dict[str, Any]]:
        """The abstracts, with their metadata (id, title, authors, year, doi, ...)."""
        return self._parsed()["documents"]

    @property
    def nodes(self) -> List[Dict[str, Any]]:
        """The nodes: id, doc, type, text, span (code points), sentence, rule, ..."""
        return self._parsed()["nodes"]

    @property
    def edges(self) -> List[Dict[str, Any]]:
        """The edges: id, source, target, type, rule, ..."""
        return self._parsed()["edges"]

    @property
    def diagnostics(self) -> str:
        """The warnings reading gave (and the errors of skipped records when not strict)."""
        return self._map.diagnostics

    def export(self, format: str, **layout: Any) -> Union[str, bytes]:
        """The output of ``argmap extract --format FORMAT`` for this map.

        ``layout`` takes the drawing options by their command-line names:
        rankdir, wrap, legend, page, dpi, dot. png and pdf are bytes, the rest str.
        """
        options = {k: _str(k, str(v)) for k, v in layout.items()}
        data = self._map.export(_str("format", format), options)
        return data if format in _BINARY_FORMATS else data.decode("utf-8")

    def to_json(self) -> str:
        """argmap's JSON, exactly as ``argmap extract --format json`` writes it."""
        return self.export("json")

    def to_jsonl(self) -> str:
        """argmap's JSON Lines: one line per abstract."""
        return self.export("jsonl")

    def to_dot(self, **layout: Any) -> str:
        """GraphViz DOT (``--format dot``)."""
        return self.export("dot", **layout)

    def explain(self) -> str:
        """Per node and edge, the rule, sentence and span that made it (``--format explain``)."""
        return self.export("explain")

    def to_networkx(self):
        """A NetworkX graph with the node and edge attributes of the GraphML export.

        A ``networkx.DiGraph`` (a ``MultiDiGraph`` if two edges join the same
        nodes), read from :meth:`export` ("graphml"); its nodes are named by
        their argmap ids ("doc/n1"), which are also their "id" attribute.
        """
        import networkx

        graph = networkx.read_graphml(io.BytesIO(self.export("graphml").encode("utf-8")))
        names = {key: data["id"] for key, data in graph.nodes(data=True)}
        return networkx.relabel_nodes(graph, names, copy=True)

    def render(self, path_or_format: Union[str, os.PathLike] = "svg", **layout: Any):
        """Draws the map with Graphviz, as ``argmap render --together`` does.

        Given a format name (svg, png, pdf, html, or any of :func:`formats`),
        returns the output (bytes for png and pdf); given a path, writes the
        format its extension names there and returns the path.
        """
        target = os.fspath(path_or_format)
        if target in _argmap.format_names():
            return self.export(target, **layout)
        fmt = _argmap.format_for_path(_path("path", target))
        data = self.export(fmt, **layout)
        with open(target, "wb") as out:
            out.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        return target

    def _repr_svg_(self) -> Optional[str]:
        if self._svg is None:
            try:
                self._svg = self.export("svg")
            except DrawError:
                return None
        return self._svg

    def _repr_html_(self) -> Optional[str]:
        svg = self._repr_svg_()
        return None if svg is None else '<div style="overflow:auto">%s</div>' % svg

    def __len__(self) -> int:
        return self._map.document_count

    def __repr__(self) -> str:
        return "<argmap.Map: %d abstracts, %d nodes, %d edges>" % (
            len(self),
            len(self.nodes),
            len(self.edges),
        )


def extract(
    abstracts: Union[Record, Iterable[Record]],
    *,
    pack: Optional[str] = None,
    rules: Optional[str] = None,
    add_rules: Sequence[str] = (),
    model: Optional[str] = None,
    jobs: Optional[int] = None,
    input_format: str = "auto",
    strict: bool = True,
) -> Map:
    """Maps one abstract (a str), one record (a dict) or many (a list, any iterable,
    or a pandas DataFrame, one record a row) into one :class:`Map`.

    Records have the fields the JSON reader takes (docs/inputs.md): id, title,
    authors, year, doi, journal, abstract or text; the bibliographic exports
    (CSL-JSON, OpenAlex, Crossref, Semantic Scholar) are recognised too. A record
    without id or DOI gets "abstract#<n>". ``jobs`` threads map (default: one per
    core); the map does not depend on it. With ``strict`` (the default) a bad
    record raises :class:`InputError`; without, it is skipped and its message
    kept in :attr:`Map.diagnostics`.
    """
    mapper = _get_mapper(pack, rules, add_rules, model, jobs)
    records = _records(_items(abstracts))
    fmt = _str("input_format", input_format)
    return Map(mapper.map_records(records, RECORD_SOURCE, 0, fmt, bool(strict)))


def iter_extract(
    abstracts: Iterable[Record],
    *,
    pack: Optional[str] = None,
    rules: Optional[str] = None,
    add_rules: Sequence[str] = (),
    model: Optional[str] = None,
    jobs: Optional[int] = None,
    input_format: str = "auto",
    strict: bool = True,
    batch: int = 0,
) -> Iterator[Map]:
    """Yields one :class:`Map` per abstract, in order, holding one batch at a time.

    Each abstract is mapped on its own (as ``--format jsonl`` maps it), ``batch``
    abstracts at a time (default: 64 per thread) on ``jobs`` threads, so a list
    of 100,000 abstracts never needs more memory than one batch and its maps.
    Ids count on across batches ("abstract#1", ...), and an id given again, in
    any later batch, is the duplicate-id error it is within one call (only the
    ids are kept, not the abstracts). With ``strict`` (the default) a bad
    record raises :class:`InputError`; without, it is skipped and its message
    issued as an :class:`InputWarning` (Python's ``warnings``), so nothing is
    dropped unsaid even when a batch yields no map.
    """
    mapper = _get_mapper(pack, rules, add_rules, model, jobs)
    fmt = _str("input_format", input_format)
    _argmap.check_count("batch", _whole("batch", batch), 0)
    size = batch if batch > 0 else 64 * _jobs(jobs)
    done = 0
    chunk: List[Record] = []
    seen = _argmap.SeenIds()

    def flush() -> List[Map]:
        maps, diagnostics = mapper.map_each(
            _records(chunk, done), RECORD_SOURCE, done, fmt, bool(strict), seen
        )
        if diagnostics:
            warnings.warn(diagnostics.rstrip("\n"), InputWarning, stacklevel=3)
        return [Map(m) for m in maps]

    for item in _items(abstracts):
        chunk.append(item)
        if len(chunk) == size:
            yield from flush()
            done += len(chunk)
            chunk = []
    if chunk:
        yield from flush()


def read(
    path: Union[str, os.PathLike],
    *,
    pack: Optional[str] = None,
    rules: Optional[str] = None,
    add_rules: Sequence[str] = (),
    model: Optional[str] = None,
    jobs: Optional[int] = None,
    input_format: str = "auto",
    encoding: Optional[str] = None,
    strict: bool = True,
) -> Map:
    """The :class:`Map` of a file in any input format argmap reads.

    Abstracts (plain text, JSON, JSON Lines, BibTeX, RIS, CSL-JSON, OpenAlex,
    Crossref, Semantic Scholar, MEDLINE, PubMed XML, JATS, TEI) are mapped exactly
    as ``argmap extract PATH`` maps them, same ids and all; a map (argmap JSON or
    JSON Lines, AIF, Argdown) is read back as it is.
    """
    mapper = _get_mapper(pack, rules, add_rules, model, jobs)
    fmt = _str("input_format", input_format)
    text_encoding = _str("encoding", encoding) if encoding else ""
    return Map(mapper.read(_path("path", path), fmt, text_encoding, bool(strict)))


class Comparison:
    """Papers with the links between their claims and conclusions (``argmap compare``)."""

    __slots__ = ("_comparison", "_links")

    def __init__(self, _comparison: "_argmap.Comparison") -> None:
        self._comparison = _comparison
        self._links: Optional[List[Dict[str, Any]]] = None

    @property
    def papers(self) -> Map:
        """The papers compared, as one map."""
        return Map(self._comparison.papers())

    @property
    def links(self) -> List[Dict[str, Any]]:
        """The links, strongest first: the "alignments" of ``compare --format json``."""
        if self._links is None:
            self._links = json.loads(self.export("json"))["alignments"]
        return self._links

    def export(self, format: str = "report", top: int = 20) -> Union[str, bytes]:
        """``argmap compare --format FORMAT --top TOP``: report, json, jsonl, dot, csv, markdown,
        xlsx, ... xlsx (the review matrix as an Excel workbook) is bytes, the rest str."""
        data = self._comparison.export(_str("format", format), _whole("top", top))
        return data if format == "xlsx" else data.decode("utf-8")

    def report(self, top: int = 20) -> str:
        """The ranked report: the ``top`` strongest links (0: all)."""
        return self.export("report", top)

    def matrix(self):
        """The review matrix: a pandas DataFrame, or a list of dicts without pandas."""
        # The CSV opens with a byte order mark for spreadsheets; csv does not skip it.
        text = self.export("csv").lstrip("\ufeff")
        rows = list(csv.DictReader(io.StringIO(text)))
        try:
            import pandas
        except ImportError:
            return rows
        return pandas.DataFrame(rows, columns=list(rows[0].keys()) if rows else None)

    def __len__(self) -> int:
        return self._comparison.link_count

    def __repr__(self) -> str:
        return "<argmap.Comparison: %d links>" % len(self)


def compare(
    maps_or_texts: Iterable[Union[Map, Record]],
    *,
    threshold: float = 0.15,
    max_links: int = 5,
    pack: Optional[str] = None,
    rules: Optional[str] = None,
    add_rules: Sequence[str] = (),
    model: Optional[str] = None,
    jobs: Optional[int] = None,
) -> Comparison:
    """Links the claims and conclusions of different papers (docs/compare.md).

    Items are :class:`Map` objects (of one paper or many), or abstracts (str or
    dict records), which are mapped first, together, as :func:`extract` does.
    A paper given twice is compared once: as ``argmap compare`` does, the later
    one is skipped with its warning, kept in ``Comparison.papers.diagnostics``.
    """
    threshold = _number("threshold", threshold)
    max_links = _whole("max_links", max_links)
    items = list(maps_or_texts)
    maps = [m._map for m in items if isinstance(m, Map)]
    texts = [t for t in items if not isinstance(t, Map)]
    if texts:
        mapped = extract(texts, pack=pack, rules=rules, add_rules=add_rules, model=model, jobs=jobs)
        maps.append(mapped._map)
    return Comparison(_argmap.compare(maps, threshold, max_links, _jobs(jobs)))


def eval(  # noqa: A001 (the command's name)
    gold: Union[str, os.PathLike],
    *,
    pack: Optional[str] = None,
    rules: Optional[str] = None,
    add_rules: Sequence[str] = (),
    model: Optional[str] = None,
) -> Dict[str, float]:
    """Scores the maps of a gold file's abstracts, as ``argmap eval GOLD`` does.

    Returns the scores by name: core_p, core_r, core_f1, relation_p, relation_r,
    relation_f1, and <role>_p/_r/_f1 for every role, plus "abstracts" (a count)
    and "report" (the text ``argmap eval`` prints).
    """
    mapper = _get_mapper(pack, rules, add_rules, model, 1)
    report, scores, abstracts = mapper.eval(_path("gold", gold))
    result: Dict[str, Any] = dict(scores)
    result["abstracts"] = abstracts
    result["report"] = report
    return result


def train(
    gold: Union[str, os.PathLike, Sequence[Union[str, os.PathLike]]],
    *,
    cost: float = 0.5,
    pack: Optional[str] = None,
    rules: Optional[str] = None,
    add_rules: Sequence[str] = (),
    output: Optional[Union[str, os.PathLike]] = None,
) -> str:
    """Fits the role and relation model to gold files, as ``argmap train`` does.

    Returns the model file's text (also written to ``output`` when given); pass
    the file as ``model=`` to the other functions.
    """
    paths = [gold] if isinstance(gold, (str, os.PathLike)) else list(gold)
    mapper = _get_mapper(pack, rules, add_rules, None, 1)
    text = mapper.train([_path("gold", p) for p in paths], _number("cost", cost))
    if output is not None:
        with open(output, "w", encoding="utf-8", errors="surrogateescape") as out:
            out.write(text)
    return text
