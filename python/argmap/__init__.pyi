# Typed interface of the argmap package (docs/python.md); the code is __init__.py.
import os
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Union

__version__: str
RECORD_SOURCE: str

Record = Union[str, Dict[str, Any]]
PathLike = Union[str, os.PathLike[str]]

class Error(Exception): ...
class InputError(Error): ...
class RuleError(Error): ...
class UsageError(Error, ValueError): ...
class DrawError(Error): ...
class InputWarning(UserWarning): ...

def formats() -> List[str]: ...
def clear_cache() -> None: ...

class Map:
    @property
    def documents(self) -> List[Dict[str, Any]]: ...
    @property
    def nodes(self) -> List[Dict[str, Any]]: ...
    @property
    def edges(self) -> List[Dict[str, Any]]: ...
    @property
    def diagnostics(self) -> str: ...
    def export(self, format: str, **layout: Any) -> Union[str, bytes]: ...
    def to_json(self) -> str: ...
    def to_jsonl(self) -> str: ...
    def to_dot(self, **layout: Any) -> str: ...
    def explain(self) -> str: ...
    def to_networkx(self) -> Any: ...  # networkx.DiGraph or MultiDiGraph
    def render(self, path_or_format: PathLike = ..., **layout: Any) -> Union[str, bytes]: ...
    def _repr_svg_(self) -> Optional[str]: ...
    def _repr_html_(self) -> Optional[str]: ...
    def __len__(self) -> int: ...

class Comparison:
    @property
    def papers(self) -> Map: ...
    @property
    def links(self) -> List[Dict[str, Any]]: ...
    def export(self, format: str = ..., top: int = ...) -> Union[str, bytes]: ...
    def report(self, top: int = ...) -> str: ...
    def matrix(self) -> Any: ...  # pandas.DataFrame, or List[Dict[str, str]] without pandas
    def __len__(self) -> int: ...

def extract(
    abstracts: Union[Record, Iterable[Record]],
    *,
    pack: Optional[str] = ...,
    rules: Optional[PathLike] = ...,
    add_rules: Sequence[PathLike] = ...,
    model: Optional[PathLike] = ...,
    jobs: Optional[int] = ...,
    input_format: str = ...,
    strict: bool = ...,
) -> Map: ...
def iter_extract(
    abstracts: Iterable[Record],
    *,
    pack: Optional[str] = ...,
    rules: Optional[PathLike] = ...,
    add_rules: Sequence[PathLike] = ...,
    model: Optional[PathLike] = ...,
    jobs: Optional[int] = ...,
    input_format: str = ...,
    strict: bool = ...,
    batch: int = ...,
) -> Iterator[Map]: ...
def read(
    path: PathLike,
    *,
    pack: Optional[str] = ...,
    rules: Optional[PathLike] = ...,
    add_rules: Sequence[PathLike] = ...,
    model: Optional[PathLike] = ...,
    jobs: Optional[int] = ...,
    input_format: str = ...,
    encoding: Optional[str] = ...,
    strict: bool = ...,
) -> Map: ...
def compare(
    maps_or_texts: Iterable[Union[Map, Record]],
    *,
    threshold: float = ...,
    max_links: int = ...,
    pack: Optional[str] = ...,
    rules: Optional[PathLike] = ...,
    add_rules: Sequence[PathLike] = ...,
    model: Optional[PathLike] = ...,
    jobs: Optional[int] = ...,
) -> Comparison: ...
def eval(
    gold: PathLike,
    *,
    pack: Optional[str] = ...,
    rules: Optional[PathLike] = ...,
    add_rules: Sequence[PathLike] = ...,
    model: Optional[PathLike] = ...,
) -> Dict[str, Any]: ...
def train(
    gold: Union[PathLike, Sequence[PathLike]],
    *,
    cost: float = ...,
    pack: Optional[str] = ...,
    rules: Optional[PathLike] = ...,
    add_rules: Sequence[PathLike] = ...,
    output: Optional[PathLike] = ...,
) -> str: ...
