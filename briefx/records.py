"""The JSON contract: pydantic records for what a brief states.

Records know nothing of spaCy. ``Brief.model_json_schema()`` is the published schema
(``briefx schema``); every field carries a description so the schema documents itself.
"""

from __future__ import annotations

import hashlib
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_serializer, model_validator
from pydantic.json_schema import SkipJsonSchema

from briefx.kinds import Comparator, DateKind, EntityType, FigureKind, Granularity

__all__ = [
    "Brief", "Comparator", "DateKind", "DateMention", "Entity", "EntityType", "Figure",
    "FigureKind", "Granularity", "Heading", "Mention", "PipelineInfo", "Source",
]  # fmt: skip

SCHEMA_VERSION = "1.0"


Offset = Annotated[int, Field(ge=0)]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Span(_Record):
    text: str = Field(description="The exact text of the span: source_text[start:end].")
    start: Offset = Field(description="Start offset (Python string index into the decoded text).")
    end: Offset = Field(description="End offset (exclusive).")
    sentence: int = Field(ge=0, description="0-based index of the sentence holding the span.")

    @model_validator(mode="after")
    def _ordered(self) -> _Span:
        if self.end < self.start or self.end - self.start != len(self.text):
            raise ValueError(f"span [{self.start}:{self.end}] does not fit text {self.text!r}")
        return self


class Mention(_Span):
    """One place in the text where an entity is named."""


class Entity(_Record):
    """A real-world referent named in the brief, with every mention of it."""

    id: str = Field(
        pattern=r"^e\d+$", description='Stable id in order of first mention: "e1", "e2", ...'
    )
    name: str = Field(
        description='Canonical name, as the English Wikipedia title ("Pete Hegseth").'
    )
    type: EntityType = Field(description="Entity type (OntoNotes-style labels).")
    titles: list[str] = Field(
        default_factory=list,
        description='Role words the text puts next to a person ("U.S. Defense Secretary").',
    )
    mentions: list[Mention] = Field(min_length=1, description="Every mention, in text order.")


class Figure(_Span):
    """A number the brief states: money, percentage, count, quantity, plain number or ordinal."""

    id: str = Field(pattern=r"^f\d+$", description='Stable id in text order: "f1", "f2", ...')
    kind: FigureKind = Field(description="What the number measures.")
    value: int | float = Field(
        description="The normalised number, scale words applied (a JSON number, never a string)."
    )
    unit: str | None = Field(
        default=None,
        description=(
            'ISO 4217 code for money, "%" or "pp" for percent, the lemma of the counted noun for '
            "counts, the unit's short symbol for quantities; null for plain numbers and ordinals."
        ),
    )
    approximate: bool = Field(
        default=False, description='True for hedged figures ("approximately 50", "nearly $3m").'
    )
    comparator: Comparator | None = Field(
        default=None, description='Bound stated by the text: "over" -> ">", "up to" -> "<=".'
    )
    basis: str | None = Field(
        default=None, description='What a percentage is a share of ("2% of GDP" -> "GDP").'
    )
    group: str | None = Field(
        default=None, description='Shared by the ends of one range ("between 2% and 3%"): "g1", ...'
    )

    @field_serializer("value")
    def _number(self, value: float) -> int | float:
        # Integral values print as integers (126000000000, not 126000000000.0).
        return int(value) if float(value).is_integer() and abs(value) < 2**63 else value


class DateMention(_Span):
    """A date, span of time or duration the brief states, normalised to ISO 8601."""

    id: str = Field(pattern=r"^d\d+$", description='Stable id in text order: "d1", "d2", ...')
    kind: DateKind = Field(
        description="A point (date), an interval (range) or a length (duration)."
    )
    value: str | None = Field(
        description=(
            'ISO 8601 at the precision the text gives: "2025-02-13", "2025-02", "2022", '
            '"2025-W07", "2022/2024", "P3Y"; null when a relative date has no reference date.'
        )
    )
    granularity: Granularity | None = Field(
        default=None, description="The precision of the value (day, week, month, ...)."
    )
    relative: bool = Field(
        default=False, description="True when the value was resolved against the reference date."
    )
    ambiguous: bool = Field(
        default=False,
        description="True when the text allows another reading (01/02/2025) and nothing decides.",
    )


class Statement(_Span):
    """Who said, announced, pledged or called for what: a cue, its source and its content.

    ``text``/``start``/``end`` cover the content (the quotation without its marks, or the
    reported clause); ``sentence`` is the sentence where the content starts.
    """

    id: str = Field(pattern=r"^s\d+$", description='Stable id in text order: "s1", "s2", ...')
    speaker: str | None = Field(
        default=None,
        description='Id of the entity that speaks ("e1"); null where no entity carries it.',
    )
    speaker_name: str | None = Field(
        default=None,
        description=(
            'Canonical name of who speaks, also where no entity carries it ("the Chilean '
            'Government" speaks as "Chile"); null for an unnamed source ("officials said").'
        ),
    )
    speaker_text: str = Field(
        description='The words naming the source: "he", "officials", "the Secretary".'
    )
    cue: str = Field(
        description='Lemma of the reporting or commitment cue: "say", "call for", "according to".'
    )
    quote: bool = Field(
        default=False, description="True for a direct quotation, false for reported speech."
    )
    figures: list[str] = Field(
        default_factory=list, description="Ids of the figures inside the content."
    )
    dates: list[str] = Field(
        default_factory=list, description="Ids of the dates inside the content."
    )
    negated: bool = Field(
        default=False,
        description='True where the cue itself is negated or denies ("did not say", "denied that").',
    )
    hedged: bool = Field(
        default=False, description="True where the content holds a modal (should, could, may)."
    )


class Source(_Record):
    """Where the brief came from."""

    # The one Source class of briefx: ``briefx.sources`` makes it from an input with
    # ``Source(path, text, ...)`` (text set, sha256 and chars computed); ``briefx.build`` puts a
    # copy in the Brief whose ``text`` is None unless kept (HTML input, --include-text).
    # ``published`` is the date the input's own metadata gives (the fallback reference date);
    # it is not written to JSON.

    path: str = Field(description='The input path as given, "-" for standard input.')
    sha256: str = Field(
        pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the decoded text (UTF-8)."
    )
    chars: int = Field(ge=0, description="Length of the decoded text in characters.")
    id: str | None = Field(
        default=None, description='The record\'s "id" for JSON Lines input (--input-format jsonl).'
    )
    format: Literal["text", "html", "jsonl"] = Field(
        default="text", description="What the input was: plain text, an HTML page, a JSONL record."
    )
    text: str | None = Field(
        default=None,
        description=(
            "The text every offset indexes: given for HTML input (the article text extracted "
            "from the page) and with --include-text; null otherwise (the input file itself)."
        ),
    )
    meta: dict[str, Any] = Field(
        default_factory=dict,
        description=(
            "What the input said about itself: an HTML page's title, author and date, or the "
            "other fields of a JSONL record, passed through."
        ),
    )
    published: SkipJsonSchema[str | None] = Field(default=None, exclude=True)

    def __init__(self, path: str | None = None, text: str | None = None, /, **data: Any) -> None:
        """Make a Source from an input, ``Source(path, text, ...)``, or from its JSON fields.

        path (str): the input path ("-" for standard input).
        text (str): the decoded text; ``sha256`` and ``chars`` are computed from it.
        data: the other fields (all of them, by name, when pydantic reads a record back).
        """
        if path is not None:
            data["path"] = path
        if text is not None:
            data.setdefault("sha256", sha256_of(text))
            data.setdefault("chars", len(text))
            data["text"] = text
        super().__init__(**data)


def sha256_of(text: str) -> str:
    """Return the SHA-256 (hex) of ``text`` as UTF-8 (lone surrogates passed through)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class PipelineInfo(_Record):
    """The spaCy pipeline that read the brief."""

    name: str = Field(description='Name of the English pipeline ("core_web_sm").')
    version: str = Field(description="Its version.")


class Heading(_Record):
    """A section heading line of the brief."""

    text: str = Field(description="The heading as written.")
    start: Offset
    end: Offset


class Brief(_Record):
    """Everything briefx found in one brief."""

    schema_version: str = Field(
        default=SCHEMA_VERSION, description="Version of this JSON contract."
    )
    briefx_version: str = Field(description="Version of briefx that wrote the record.")
    pipeline: PipelineInfo
    source: Source
    title: str | None = Field(
        default=None, description="The headline, when the first line reads as one."
    )
    published: str | None = Field(
        default=None, description="Publication date stated by the text (ISO 8601)."
    )
    reference_date: str | None = Field(
        default=None,
        description=(
            "The date relative expressions were resolved against: --reference-date, else the "
            "published date, else null."
        ),
    )
    headings: list[Heading] = Field(default_factory=list, description="Section headings, in order.")
    entities: list[Entity] = Field(default_factory=list, description="Entities, by first mention.")
    figures: list[Figure] = Field(default_factory=list, description="Figures, in text order.")
    dates: list[DateMention] = Field(default_factory=list, description="Dates, in text order.")
    statements: list[Statement] = Field(
        default_factory=list,
        description="Statements (who said, announced or called for what), in text order.",
    )

    def to_rows(self) -> list[dict[str, Any]]:
        """Flatten the facts into one dict per fact, e.g. for ``pandas.DataFrame(brief.to_rows())``.

        Columns (the CSV columns, same order): doc (source id, else source path), section
        ("entity", "figure", "date"), type (entity type, figure kind, date kind), text, start,
        end, value (the figure's number or the date's ISO string), unit, name (the entity's
        canonical name). An entity gives one row per mention. Rows come entities first, then
        figures, then dates; missing values are None; nothing is escaped.
        """
        doc = self.source.id or self.source.path
        rows: list[dict[str, Any]] = []

        def row(section: str, kind: str, span: _Span, **rest: Any) -> None:
            rows.append(
                {
                    "doc": doc,
                    "section": section,
                    "type": kind,
                    "text": span.text,
                    "start": span.start,
                    "end": span.end,
                    "value": rest.get("value"),
                    "unit": rest.get("unit"),
                    "name": rest.get("name"),
                }
            )

        for e in self.entities:
            for m in e.mentions:
                row("entity", e.type, m, name=e.name)
        for f in self.figures:
            row("figure", f.kind, f, value=f.model_dump(mode="json")["value"], unit=f.unit)
        for d in self.dates:
            row("date", d.kind, d, value=d.value)
        return rows
