"""OWL RL entailments of an N-Quads / N-Triples file as column operations (polars), not a loop per line.

:mod:`coopkg.nquads_rl` reads the file line by line in Python: ~3 µs a line, so ~13 s per core for the
8.7M lines of 100k releases before any rule runs. Every rule of :class:`coopkg.compiled_rl.SeedRules`
has one data premise, so the whole closure is a handful of joins of the data's triples with small
tables drawn from the ontology (domains, ranges, super-properties, each class's entailed types):
exactly what a dataframe engine does in native code on every core. polars reads the lines
(its CSV reader, with no quoting and no separator in canonical text), splits them, and runs the joins;
Python only builds the rule tables, a few hundred rows.

The result equals :func:`coopkg.compiled_rl.entail` on a Store holding the file, as the text reader's
does (``tests/test_nquads_rl.py`` runs both readers on the same files). The same canonical form is
required (see :mod:`coopkg.nquads_rl`); a file not in it gives None, and the caller goes on as if this
module were not there.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable

import polars as pl
import pyoxigraph as ox

from .compiled_rl import (
    _BUILTIN,
    _BUILTIN_KEYS,
    _SAME_AS,
    _SUPPORTED_SCHEMA,
    _TYPE_KEY,
    _TYPE_RULES,
    _UNSUPPORTED_SCHEMA,
    _UNSUPPORTED_TYPES,
    Entailments,
    Term,
    _Plan,
    _plan,
    _seed_rules,
    packaged_ontology,
)

__all__ = ["entail_columns"]

#: A line the text reader would refuse or could split wrongly: a tab or carriage return, an explicit
#: ``xsd:string``, an escape other than ``\\"``, ``\\n``, ``\\r`` (an escaped backslash included).
_NOT_CANONICAL = r'[\t\r]|XMLSchema#string>|\\(?:[^"nr]|$)'
#: What follows the object: the graph name if any, then the final dot (no quote in either).
_AFTER_OBJECT = r' (?:<[^<>" ]*> |_:[^ "]+ )?\.$'
#: A well-formed N-Quads line without blank nodes, for :func:`scan_triples`'s ``strict``.
_IRI_CHARS = r'(?:[^\x00-\x20<>"{}|^`\\%#\[\]]|%[0-9A-Fa-f]{2})*'
_IRI = rf'<[A-Za-z][A-Za-z0-9+.-]*:{_IRI_CHARS}(?:#{_IRI_CHARS})?>'
_STRICT_TRIPLE = r'^(?:\S+ ){2}(?:<[^ ]*>|"[^\n]*"\S*) \.$'  # (no graph name: an N-Triples line)
_STRICT_LINE = (rf'^{_IRI} {_IRI} (?:{_IRI}|"(?:[^"\\\n\r]|\\["nr])*"(?:\^\^{_IRI}|@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*)?)'
                rf'(?: {_IRI})? \.$')
#: A literal as canonical N-Triples writes it (language tags lower-cased).
_LITERAL = r'^"[^\n]*"(?:\^\^<[^<> "]*>|@[a-z]+(?:-[a-z0-9]+)*)?$'


def entail_columns(path: str | os.PathLike[str]) -> Entailments | None:
    """The entailments of an N-Quads or N-Triples file (all graphs merged), by joins in polars.

    What :func:`coopkg.nquads_rl.entail_nquads` gives, on every core polars has. None when the file is
    not in canonical form, states schema triples of its own, or the ontology has rules of more than one
    premise: the caller then takes another route.

    :raises OSError: the file cannot be read.
    """
    found = _entailed(path)
    if found is None:
        return None
    return Entailments([ntriples(found)] if found.height else [], found.height)


def _entailed(path: str | os.PathLike[str]) -> pl.DataFrame | None:
    """:func:`entail_columns` as columns ``s``, ``p``, ``o`` (strings of term texts), each triple once."""
    rules = _seed_rules(compiled := packaged_ontology())
    if rules is None:
        return None
    plan = _plan(rules, compiled)
    triples = _triples(path, plan)
    if triples is None:
        return None
    return _entailments(plan, triples)


def infer_columns(source: str | os.PathLike[str], out: str | os.PathLike[str], syntax: str) -> tuple[int, int] | None:
    """:func:`coopkg.nquads_rl.infer_nquads_file` with polars: the same bytes, or None with nothing written.

    The input (``syntax`` ``"nquads"`` or ``"nt"``) must be strictly well-formed N-Quads without blank
    nodes (see :func:`scan_triples`), in the order :func:`coopkg.graphio.write_graph` writes (checked
    row against row, in polars), without an inferred graph; it is then copied as it is, with the
    entailments, sorted the same way, inserted where the inferred graph's name sorts.
    """
    from .graphio import atomic_output
    from .nquads_rl import _CHUNK, _INFERRED_KEY, _copy_lines

    placed = _placement(source, syntax)
    if placed is None:
        return None
    total, cut = placed
    found = _entailed(source)
    if found is None:
        return None
    block = ntriples(in_write_order(found.lazy().with_columns(graph=pl.lit(_INFERRED_KEY))).collect())
    with atomic_output(out) as handle, open(source, "rb") as stream:
        _copy_lines(stream, handle, total if cut is None else cut)
        handle.write(block)
        while data := stream.read(_CHUNK):
            handle.write(data)
    return total, found.height


def _placement(path: str | os.PathLike[str], syntax: str) -> tuple[int, int | None] | None:
    """(lines, index of the first line whose graph sorts after the inferred graph, or None) if the file
    is strictly well-formed, in :func:`coopkg.graphio.write_graph`'s order and has no inferred graph."""
    from .nquads_rl import _INFERRED_KEY

    line = pl.col("line")
    graph, key = pl.col("graph"), pl.col("key")
    bad = line.is_null() | line.str.contains(_NOT_CANONICAL) | ~line.str.contains(_STRICT_LINE)
    if syntax == "nt":
        bad = bad | ~line.str.contains(_STRICT_TRIPLE)
    query = (
        quads(_lines(path).with_columns(bad.alias("bad")))
        .with_columns(key=write_order_key())
        .select(pl.col("bad").any().alias("bad"),
                (graph == _INFERRED_KEY).any().alias("inferred"),
                ((graph < graph.shift()) | ((graph == graph.shift()) & (key <= key.shift()))).any().alias("unordered"),
                pl.len().alias("lines"),
                pl.int_range(pl.len()).filter(graph > _INFERRED_KEY).first().alias("cut"))
    )
    try:
        found = query.collect().row(0, named=True)
    except pl.exceptions.PolarsError:
        return None
    if found["bad"] or found["inferred"] or found["unordered"] or not found["lines"]:
        return None
    return found["lines"], found["cut"]


def quads(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Canonical N-Quads ``line``s split into ``s``, ``p``, ``rest``, ``o`` and ``graph`` (``""``: the default)."""
    line, rest, o = pl.col("line"), pl.col("rest"), pl.col("o")
    return (lines.with_columns(line.str.splitn(" ", 3).struct.rename_fields(["s", "p", "rest"]).alias("parts"))
            .unnest("parts")
            .with_columns(_object(rest).alias("o"))
            .with_columns(graph=rest.str.slice(o.str.len_chars() + 1).str.head(-2).str.strip_chars(" ")))


def write_order_key() -> pl.Expr:
    """The key :func:`coopkg.graphio.write_graph` sorts a graph's N-Quads ``line`` by: ``rdf:type`` first."""
    from .graphio import _FIRST

    s, p, rest = pl.col("s"), pl.col("p"), pl.col("rest")
    typed = pl.concat_str([s, pl.lit(_FIRST), rest], separator=" ")
    return pl.when(p == _TYPE_KEY).then(typed).otherwise(pl.col("line"))


def in_write_order(rows: pl.LazyFrame) -> pl.LazyFrame:
    """Quads (``s``, ``p``, ``o``, ``graph`` term texts) sorted as :func:`coopkg.graphio.write_graph` writes
    them, as ``s``, ``p`` and ``o`` followed by the graph name: ready for :func:`ntriples` to write N-Quads."""
    s, p, o, graph = pl.col("s"), pl.col("p"), pl.col("o"), pl.col("graph")
    return (rows.with_columns(rest=pl.concat_str([o, graph, pl.lit(".")], separator=" "))
            .with_columns(line=pl.concat_str([s, p, pl.col("rest")], separator=" "))
            .with_columns(key=write_order_key())
            .sort("graph", "key")
            .select("s", "p", o=pl.concat_str([o, graph], separator=" ")))


def _triples(path: str | os.PathLike[str], plan: _Plan) -> pl.DataFrame | None:
    """The triples the rules read: columns ``s``, ``p``, ``o`` (categoricals of term texts) and ``literal``.

    None when a line is not in canonical form, or the data states schema triples. ``o`` is kept for
    ``rdf:type`` and the predicates whose objects a rule reads (a literal's text only where it can be
    restated or compared; elsewhere a literal is just marked), null for the others.
    """
    rules = plan.rules
    literal_text = {_TYPE_KEY, *_keys(rules.value_classes), *_keys(plan.copied_from),
                    *_keys(q for qs in plan.copied_from.values() for q in qs), *_keys(plan.typing_predicates),
                    *_keys(_SUPPORTED_SCHEMA | _UNSUPPORTED_SCHEMA)}
    needs_object = {*literal_text, *_keys(rules.object_classes)}
    p, o = pl.col("p"), pl.col("o")
    schema = (p.is_in(_keys(_SUPPORTED_SCHEMA | _UNSUPPORTED_SCHEMA))
              | ((p == _TYPE_KEY) & (~o.str.starts_with("<") | o.is_in(_keys(_TYPE_RULES | _UNSUPPORTED_TYPES)))))
    return scan_triples(path, {*needs_object, *_keys(rules.subject_classes)}, needs_object, literal_text, schema)


def scan_triples(path: str | os.PathLike[str], read: set[str] | None = None, needs_object: set[str] | None = None,
                 literal_text: set[str] | None = None, refuse: pl.Expr | None = None, strict: bool = False
                 ) -> pl.DataFrame | None:
    """A canonical N-Quads / N-Triples file's triples as columns ``s``, ``p``, ``o`` and ``literal``.

    ``s``, ``p``, ``o`` are categoricals of N-Triples term texts (graph names dropped, duplicates
    kept); ``literal`` tells whether the object is a literal. Only the lines of the predicates in
    ``read`` are kept (None: all); ``o`` only for those in ``needs_object`` (None: all), null for the
    others, and a literal's text only for ``literal_text`` (None: all; elsewhere just ``"``).

    None when a line is not in the canonical form :mod:`coopkg.nquads_rl` describes, when a kept row
    meets ``refuse`` (an expression over ``s``, ``p``, ``o`` as strings), or, with ``strict``, when a
    line is not well-formed N-Quads without blank nodes (IRIs checked for a scheme, allowed characters,
    percent escapes and a single fragment; literals for their escapes and language tag).

    One lazy query: polars streams the file through the splitting and checks on every core, instead
    of materialising each step's columns for all of the 8.7M lines of 100k releases.
    """
    line, s, p, rest, o = pl.col("line"), pl.col("s"), pl.col("p"), pl.col("rest"), pl.col("o")
    literal = rest.str.starts_with('"')
    every = pl.lit(True)
    kept = every if read is None else p.is_in(list(read))
    has_object = every if needs_object is None else p.is_in(list(needs_object))
    has_text = every if literal_text is None else p.is_in(list(literal_text))
    bad = line.str.contains(_NOT_CANONICAL)
    if strict:
        bad = bad | ~line.str.contains(_STRICT_LINE)
    query = (
        _lines(path)
        .filter(line.is_not_null() & ~line.str.starts_with("#"))
        .select(bad.alias("bad"), line.str.splitn(" ", 3).struct.rename_fields(["s", "p", "rest"]).alias("parts"))
        .unnest("parts")
        .with_columns(pl.col("bad") | rest.is_null() | ~(p.str.starts_with("<") & p.str.ends_with(">"))
                      | ~((s.str.starts_with("<") & ~s.str.starts_with("<<")) | s.str.starts_with("_:")))
        .filter(kept | pl.col("bad"))
        .with_columns(literal.alias("literal"),
                      pl.when(~has_object).then(None)
                      .when(literal & ~has_text).then(pl.lit('"'))
                      .otherwise(_object(rest)).alias("o"))
        .with_columns(pl.col("bad") | (has_object & o.is_null())
                      | (pl.col("literal") & (o != '"') & ~o.str.contains(_LITERAL))
                      | (~pl.col("literal") & ~((o.str.starts_with("<") & ~o.str.starts_with("<<")
                                                 & o.str.ends_with(">")) | o.str.starts_with("_:")))
                      | (refuse if refuse is not None else pl.lit(False)))
        .select(pl.col("s", "p", "o").cast(pl.Categorical), "literal", "bad")
    )
    try:
        found = query.collect()
    except pl.exceptions.PolarsError:  # invalid UTF-8, a NUL byte ... : not canonical text
        return None
    if found.select(pl.col("bad").any()).item():
        return None
    return found.drop("bad")


def _lines(path: str | os.PathLike[str]) -> pl.LazyFrame:
    """The file's lines, column ``line`` (null for an empty one), read by polars' CSV reader.

    No quoting, and NUL as the separator: canonical text has none (a file that does fails to read).
    """
    return pl.scan_csv(os.fspath(path), has_header=False, separator="\x00", quote_char=None, new_columns=["line"],
                       schema={"line": pl.String})


def _object(rest: pl.Expr) -> pl.Expr:
    """The object's text in ``rest``, what follows the predicate of a canonical line."""
    return (pl.when(rest.str.starts_with('"')).then(rest.str.replace(_AFTER_OBJECT, ""))
            .otherwise(rest.str.head(rest.str.find(" ", literal=True))))


def _entailments(plan: _Plan, triples: pl.DataFrame) -> pl.DataFrame:
    """The closure's new triples: the rules as joins, minus what the data or the ontology states.

    Terms are joined as categoricals (integer codes), not strings: comparing ~60-byte IRIs made every
    join and ``unique`` several times slower.
    """
    rules = plan.rules
    data = triples.lazy()
    s, p, o = pl.col("s"), pl.col("p"), pl.col("o")
    stated_types = data.filter(p == _TYPE_KEY).select(x=s, c=o)

    # Nodes and the classes they are members of by one fact, for every class with a rule.
    seeded = [c for c, entailed in rules.class_types.items()
              if len(entailed) > 1 or rules.class_edges[c] or rules.class_facts[c]]
    members = [
        stated_types.join(_table("c", ([str(c)] for c in seeded)), on="c", how="semi"),
        data.join(_table("p", "c", ((str(q), str(c)) for q, cs in rules.subject_classes.items() for c in cs)),
                  on="p").select(x=s, c="c"),
        data.filter(~pl.col("literal"))
        .join(_table("p", "c", ((str(q), str(c)) for q, cs in rules.object_classes.items() for c in cs)), on="p")
        .select(x=o, c="c"),
        data.join(_table("p", "o", "c", ((str(q), str(v), str(r)) for q, values in rules.value_classes.items()
                                         for v, r in values)), on=["p", "o"]).select(x=s, c="c"),
    ]
    membership = pl.concat(members).unique().collect().lazy()  # (read by three queries: computed once)

    # rdf:type entailments (cax-sco, prp-dom, prp-rng, cls-hv2) and the class facts' types.
    output_classes = {c for entailed in rules.class_types.values() for c in entailed if _output_class(c)}
    class_types = _table("c", "d", ((str(c), str(d)) for c, entailed in rules.class_types.items()
                                    for d in entailed if d in output_classes))
    facts = _table("c", "s", "p", "o", ((str(c), str(fs), str(fp), str(fo)) for c, found in rules.class_facts.items()
                                        for fs, fp, fo in found)).join(membership.select("c").unique(), on="c",
                                                                       how="semi")
    types = pl.concat([
        membership.join(class_types, on="c").select(x="x", d="d"),
        facts.filter(p == _TYPE_KEY).join(_table("o", ([str(c)] for c in output_classes)), on="o", how="semi")
        .select(x=s, d=o),
    ]).unique()
    known_types = _table("x", "d", ((str(x), str(c)) for c, nodes in plan.known._types.items() for x in nodes))
    types = (types.join(stated_types.rename({"c": "d"}), on=["x", "d"], how="anti")
             .join(known_types, on=["x", "d"], how="anti")
             .select(s=pl.col("x").cast(pl.String), p=pl.lit(_TYPE_KEY), o=pl.col("d").cast(pl.String))
             .filter(~_noisy(pl.col("s"))))

    # Property entailments: super-properties (prp-spo1), cls-hv1 values and the class facts' triples.
    copies = _table("p", "q", ((str(q_from), str(q)) for q, sources in plan.copied_from.items() for q_from in sources))
    class_edges = _table("c", "q", "o", ((str(c), str(q), str(v)) for c, edges in rules.class_edges.items()
                                         for q, v in edges))
    edges = pl.concat([
        data.join(copies, on="p").select(s="s", q="q", o="o"),
        membership.join(class_edges, on="c").select(s="x", q="q", o="o"),
        facts.filter(p != _TYPE_KEY).select(s="s", q="p", o="o"),
    ]).unique()
    targets = _table("q", ([q] for q in {*_keys(plan.copied_from), *_keys(plan.typing_predicates)}))
    stated_edges = data.select(s="s", q="p", o="o").join(targets, on="q", how="semi")
    known_edges = _table("s", "q", "o", ((x, str(q), y) for q, pairs in plan.known._props.items() for x, y in pairs))
    edges = (edges.join(stated_edges, on=["s", "q", "o"], how="anti")
             .join(known_edges, on=["s", "q", "o"], how="anti")
             .select(pl.col("s", "q", "o").cast(pl.String))
             .filter(~_noisy(pl.col("s")) & ~pl.col("o").str.starts_with("_:")
                     & ~((pl.col("q") == str(_SAME_AS)) & (pl.col("s") == pl.col("o"))))
             .select("s", p="q", o="o"))

    return pl.concat([types, edges]).collect()


def ntriples(rows: pl.DataFrame) -> bytes:
    """Columns ``s``, ``p``, ``o`` of N-Triples term texts as N-Triples.

    Written as CSV separated by spaces with nothing quoted, into a bytes buffer: about half the time
    of joining the strings in a column and encoding the result.
    """
    if not rows.height:
        return b""
    buffer = io.BytesIO()
    rows.select("s", "p", "o", dot=pl.lit(".")).write_csv(buffer, include_header=False, separator=" ",
                                                           quote_style="never")
    return buffer.getvalue()


def _keys(terms: Iterable[Term]) -> list[str]:
    return [str(t) for t in terms]


def _table(*columns_and_rows: object) -> pl.LazyFrame:
    """A small table of terms (categoricals): column names, then an iterable of rows of term texts."""
    *names, rows = columns_and_rows
    table = pl.LazyFrame(list(rows), schema=dict.fromkeys(names, pl.String), orient="row")  # type: ignore[arg-type]
    return table.with_columns(pl.all().cast(pl.Categorical))


def _output_class(c: Term) -> bool:
    """coopkg.reasoning's filter on classes: no types in built-in vocabularies, of blank nodes or literals."""
    return isinstance(c, ox.NamedNode) and not c.value.startswith(_BUILTIN)


def _noisy(node: pl.Expr) -> pl.Expr:
    """:func:`coopkg.compiled_rl._noisy_subject` as an expression: blank nodes, literals, built-in terms."""
    return (~node.str.starts_with("<") | node.str.starts_with("<<")
            | pl.any_horizontal([node.str.starts_with(key) for key in _BUILTIN_KEYS]))
