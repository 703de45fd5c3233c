"""``Options``: everything a run can be asked to do, as one validated, immutable object.

The CLI builds it from its flags, the Python API from keyword arguments; ``briefx.run`` and
every engine read it and nothing else. Being a pydantic model, it pickles to worker
processes and Dask workers as it is, and a wrong value fails here, with a message naming
the field, before any input is read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator

from briefx.records import DateKind, EntityType, FigureKind

Section = Literal["entities", "figures", "dates", "statements"]
SECTIONS: tuple[str, ...] = get_args(Section)
# Entity types are upper case, figure and date kinds lower case; no name is in two of the sets.
TYPES: dict[str, str] = {
    t.upper(): t for t in (*get_args(EntityType), *get_args(FigureKind), *get_args(DateKind))
}
DateOrder = Literal["MDY", "DMY", "YMD"]
InputFormat = Literal["auto", "text", "html", "jsonl"]
EngineName = Literal["local", "dask"]


def split_names(value: str) -> list[str]:
    """Split a comma-separated flag value: "entities, figures" -> ["entities", "figures"]."""
    return [part.strip() for part in value.split(",") if part.strip()]


def choose(value: object, known: dict[str, str], what: str) -> frozenset[str] | None:
    """Read a filter value into the names as the records spell them (any case accepted).

    value: None (no filter), a flag's comma-separated text (which must name at least one),
        or a collection of names (empty: keep nothing of this kind).
    known: upper-cased name -> the name as spelled; what: "section" or "type", for errors.
    """
    if value is None:
        return None
    if isinstance(value, str):
        names, flag = split_names(value), True
    elif isinstance(value, Iterable):
        names, flag = [str(n) for n in value], False
    else:
        # ValueError, not TypeError: pydantic turns only ValueError into a ValidationError.
        raise ValueError(f"expected {what} names: a comma-separated string or a collection")  # noqa: TRY004
    unknown = [n for n in names if n.upper() not in known]
    if unknown or (flag and not names):
        raise ValueError(
            f"unknown {what} {', '.join(map(repr, unknown)) or '(none given)'}: "
            f"choose from {', '.join(known.values())}"
        )
    return frozenset(known[n.upper()] for n in names)


class Options(BaseModel):
    """How to read the inputs, extract, and which facts to keep.

    Every field has a default, so ``Options()`` is the CLI's behaviour with no flags.
    ``Options.parse(only="figures", types="money")`` accepts the flags' comma-separated text.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    reference_date: dt.date | None = Field(
        default=None,
        description="'Today' for relative dates; None: the published date the input states.",
    )
    date_order: DateOrder = Field(default="MDY", description="How 01/02/2025 reads.")
    model: str | None = Field(
        default=None,
        description="spaCy English pipeline (package or path); None: the default small one.",
    )
    input_format: InputFormat = Field(
        default="auto",
        description="auto (HTML by name or content, else text), text, html, or jsonl records.",
    )
    glob: str = Field(default="*.txt", description="Which files to take from folders.")
    include_text: bool = Field(default=False, description="Put the text in source.text.")
    only: frozenset[Section] | None = Field(
        default=None, description="Sections to keep; None keeps all."
    )
    types: frozenset[str] | None = Field(
        default=None,
        description="Entity types, figure kinds and date kinds to keep; None keeps all.",
    )
    engine: EngineName = Field(default="local", description="Where documents are processed.")
    jobs: Annotated[int, Field(ge=0)] = Field(
        default=1,
        description=(
            "Worker processes (local engine) or Dask workers (local cluster); 0: automatic "
            "(this process for small runs, one per CPU for large ones)."
        ),
    )
    scheduler: str | None = Field(
        default=None, description="Address of a running Dask scheduler (dask engine)."
    )

    @field_validator("only", mode="before")
    @classmethod
    def _sections(cls, value: object) -> frozenset[str] | None:
        return choose(value, {n.upper(): n for n in sorted(SECTIONS)}, "section")

    @field_validator("types", mode="before")
    @classmethod
    def _types(cls, value: object) -> frozenset[str] | None:
        return choose(value, TYPES, "type")
