"""Fact records to triples: one named graph per source document.

Fields map to ``ekg:`` terms by name (``percent_of_class`` -> ``ekg:percentOfClass``)
through the closed namespace, so a field without a term fails loudly. The
shortcut edges (``ekg:officerOf`` ...) are materialised from the fact nodes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from pathlib import PurePath

from rdflib import Dataset, Graph, URIRef
from rdflib.term import Node

from kg.graph import iris
from kg.graph.resolve import Resolution, resolve, scope_of
from kg.graph.store import new_dataset
from kg.graph.terms import Term, Terms, rdf_terms
from kg.model import (
    Address,
    EntityFacts,
    EntityRef,
    Extraction,
    Fact,
    Mention,
    Position,
    Shareholding,
    Signature,
    Source,
)
from kg.vocab import EKG

# Field names whose term is not the plain camelCase of the name.
_TERM_OF_FIELD = {
    "under_plan_10b5_1": EKG.underPlan10b5_1,
    "exemptions": EKG.exemption,
    "security_types": EKG.securityType,
    "co_issuers": EKG.coIssuer,
    "sales_recipients": EKG.salesRecipient,
    "solicitation_states": EKG.solicitationState,
    "footnotes": EKG.footnote,
    "roles": EKG.role,
    "parties": EKG.party,
    "former_names": EKG.formerName,
}
_ROLE = {
    "Director": EKG.Director,
    "Officer": EKG.Officer,
    "TenPercentOwner": EKG.TenPercentOwner,
    "Promoter": EKG.Promoter,
    "Employee": EKG.Employee,
    "Other": EKG.OtherRelationship,
}
# Position role -> shortcut edge holder -> organisation.
_SHORTCUT = {
    "Director": EKG.directorOf,
    "Officer": EKG.officerOf,
    "TenPercentOwner": EKG.tenPercentOwnerOf,
    "Promoter": EKG.promoterOf,
    "Employee": EKG.employeeOf,
}


@cache
def term(field_name: str) -> URIRef:
    """The ekg: term of a fact field (AttributeError for a field with none)."""
    if field_name in _TERM_OF_FIELD:
        return _TERM_OF_FIELD[field_name]
    head, *rest = field_name.split("_")
    return getattr(EKG, head + "".join(w[:1].upper() + w[1:] for w in rest))


Quad = tuple[URIRef, URIRef, Node, URIRef]


def build_graphs(
    items: Sequence[tuple[Source, Extraction]],
    same: Iterable[tuple[EntityRef, EntityRef]] = (),
    terms: Terms | None = None,
) -> Iterator[tuple[Term, list[tuple[Term, Term, Term]]]]:
    """Resolve the entities of ``items``; yield each document's name and triples,
    spelt by ``terms`` (rdflib terms unless told otherwise).

    The builder writes to plain lists, not to a store: the same statements go
    into an rdflib dataset (``build_dataset``) or, as N-Triples text
    (``kg.graph.terms.text_terms``), straight to an N-Quads file
    (``kg.export.rdf.write_nquads``) without paying for a store's indexes.
    """
    resolution = resolve((extraction for _, extraction in items), same)
    context = _Context(resolution, _canonical_addresses(items), terms or rdf_terms())
    for source, extraction in items:
        writer = _DocumentWriter(context, source, extraction)
        writer.write()
        yield writer.doc, writer.triples


def build_quads(
    items: Sequence[tuple[Source, Extraction]],
    same: Iterable[tuple[EntityRef, EntityRef]] = (),
) -> Iterator[Quad]:
    """Each document's triples as quads in its named graph."""
    for doc, triples in build_graphs(items, same):
        for s, p, o in triples:
            yield s, p, o, doc


def build_dataset(
    items: Sequence[tuple[Source, Extraction]],
    same: Iterable[tuple[EntityRef, EntityRef]] = (),
    dataset: Dataset | None = None,
) -> Dataset:
    """The rdflib dataset of ``items``: one named graph per document."""
    dataset = dataset if dataset is not None else new_dataset()
    graphs: dict[URIRef, Graph] = {}

    def graph(name: URIRef) -> Graph:
        if name not in graphs:
            graphs[name] = dataset.graph(name)
        return graphs[name]

    dataset.addN((s, p, o, graph(g)) for s, p, o, g in build_quads(items, same))
    return dataset


def _canonical_addresses(items: Sequence[tuple[Source, Extraction]]) -> dict[str, Address]:
    """One spelling per address node: "Springfield" rather than "SPRINGFIELD" when both occur."""

    def rank(address: Address) -> tuple[int, str]:
        values = [v for v in (getattr(address, name) for name in _ADDRESS_FIELDS) if v]
        return sum(v.isupper() for v in values), repr(address)

    best: dict[str, Address] = {}
    for _, extraction in items:
        for fact in extraction.facts:
            for address in getattr(fact, "addresses", ()):
                iri = iris.address_iri(address)
                known = best.get(iri)
                # Ranked only when two spellings meet: most filings repeat one exactly.
                if known is None or (known != address and rank(address) < rank(known)):
                    best[iri] = address
    return best


_ADDRESS_FIELDS = tuple(f.name for f in dataclasses.fields(Address))


@cache
def _fields(cls: type, skip: frozenset[str] = frozenset()) -> tuple[tuple[str, URIRef], ...]:
    """(field, term) of a record class; a signature's title is the signer's title."""
    return tuple(
        (f.name, EKG.signerTitle if cls is Signature and f.name == "title" else term(f.name))
        for f in dataclasses.fields(cls)
        if f.name not in skip
    )


_ENTITY_FACTS_SKIP = frozenset({"entity", "evidence", "addresses"})


class _Context:
    """What every document of one build shares: the resolution, the canonical addresses,
    and the build's spelling of terms, with each record class's predicates spelt once."""

    def __init__(self, resolution: Resolution, addresses: dict[str, Address], terms: Terms) -> None:
        self.resolution, self.addresses, self.terms = resolution, addresses, terms
        spelt = terms.spell
        self.roles = {role: spelt(iri) for role, iri in _ROLE.items()}
        self.shortcuts = {role: spelt(iri) for role, iri in _SHORTCUT.items()}
        self._fields: dict[tuple[type, frozenset[str]], tuple[tuple[str, Term], ...]] = {}
        self._classes: dict[type, Term] = {}

    def fields(self, cls: type, skip: frozenset[str] = frozenset()) -> tuple[tuple[str, Term], ...]:
        """A record class's (field, predicate) pairs, the predicates spelt."""
        found = self._fields.get((cls, skip))
        if found is None:
            spelt = self.terms.spell
            found = tuple((name, spelt(predicate)) for name, predicate in _fields(cls, skip))
            self._fields[(cls, skip)] = found
        return found

    def class_of(self, cls: type) -> Term:
        """The ekg: class of a fact record class, spelt."""
        found = self._classes.get(cls)
        if found is None:
            found = self._classes[cls] = self.terms.spell(getattr(EKG, cls.__name__))
        return found


class _DocumentWriter:
    """Writes one document's facts into its own named graph."""

    def __init__(self, context: _Context, source: Source, extraction: Extraction) -> None:
        terms = context.terms
        self.iri, self.value, self.string, self.v = (
            terms.iri,
            terms.value,
            terms.string,
            terms.vocab,
        )
        self.doc_iri = iris.document_iri(source, extraction.document.accession_number)
        self.doc = self.iri(self.doc_iri)
        # A list, not a set: hashing rdflib terms costs more than the few duplicates.
        self.triples: list[tuple[Term, Term, Term]] = []
        self._entities: dict[EntityRef, Term] = {}
        # By id(ref), holding the ref so that its id is not reused: see _key.
        self._keys: dict[int, tuple[EntityRef, str]] = {}
        self._nodes: dict[int, tuple[EntityRef, Term]] = {}
        self.context = context
        self.resolution = context.resolution
        self.scope = scope_of(extraction, context.resolution)
        self.source = source
        self.extraction = extraction

    def write(self) -> None:
        self._document()
        for fact in self.extraction.facts:
            self._fact(fact)

    def add(self, s: Term, p: Term, o: object) -> None:
        """Add a field's value: nothing for None or empty, one triple per tuple item."""
        # Dispatch on the exact type first: ``o == ""`` on a dataclass runs a Python
        # __eq__, once per field of every fact.
        kind = type(o)
        if kind is str:
            if o:
                self.triples.append((s, p, self.string(o)))  # type: ignore[arg-type]
        elif o is None:
            return
        elif kind is tuple:
            for item in o:  # type: ignore[attr-defined]
                self.add(s, p, item)
        elif kind is EntityRef:
            self.triples.append((s, p, self.entity(o)))  # type: ignore[arg-type]
        else:  # a value written as a typed literal
            self.triples.append((s, p, self.value(o)))

    def entity(self, ref: EntityRef) -> Term:
        """The resolved entity of ``ref``, typed, named and mentioned by this document."""
        hit = self._nodes.get(id(ref))
        if hit is not None and hit[0] is ref:
            return hit[1]
        if ref in self._entities:
            return self._entities[ref]
        entity = self.resolution.entity(ref, self.scope)
        node = self.iri(iris.entity_iri(entity.key))
        g, v, name = self.triples, self.v, self.string(entity.name)
        g.append((node, v.type, v.Company if entity.kind == "company" else v.Person))
        g.append((node, v.name, name))
        g.append((node, v.label, name))
        for surface in (ref.name, *ref.aliases):
            if surface != entity.name:
                g.append((node, v.alias, self.string(surface)))
        self.add(node, v.cik, entity.cik)
        if entity.kind == "person":
            self.add(node, v.givenName, entity.given_name)
            self.add(node, v.middleName, entity.middle_name)
            self.add(node, v.familyName, entity.family_name)
        g.append((self.doc, v.mentions, node))
        self._entities[ref] = node
        self._nodes[id(ref)] = (ref, node)
        return node

    def _document(self) -> None:
        info, doc, v, add = self.extraction.document, self.doc, self.v, self.add
        doc_class = v.PressRelease if info.form_type == "PressRelease" else v.Filing
        self.triples.append((doc, v.type, v.Document))
        self.triples.append((doc, v.type, doc_class))
        add(doc, v.formType, info.form_type)
        add(doc, v.date, info.date)
        add(doc, v.periodOfReport, info.period_of_report)
        add(doc, v.accessionNumber, info.accession_number)
        add(doc, v.item, info.items)
        add(doc, v.subject, info.subject)
        add(doc, v.headline, info.title)
        add(doc, v.dateline, info.dateline)
        add(doc, v.publisher, info.publisher)
        add(doc, v.sourceFile, PurePath(self.source.name).name)
        add(doc, v.sha256, self.source.sha256)
        add(doc, v.extractor, self.extraction.kind)
        add(doc, v.originalFilingDate, info.original_filing_date)
        add(doc, v.notSubjectToSection16, info.not_subject_to_section16)
        add(doc, v.form3HoldingsReported, info.form3_holdings_reported)
        add(doc, v.form4TransactionsReported, info.form4_transactions_reported)
        add(doc, v.noSecuritiesOwned, info.no_securities_owned)
        if info.amends:
            amended = iris.document_iri(Source(name="", sha256=""), info.amends)
            self.triples.append((doc, v.wasRevisionOf, self.iri(amended)))

    def _fact(self, fact: Fact) -> None:
        if isinstance(fact, EntityFacts):
            self._entity_facts(fact)
        elif isinstance(fact, Mention):
            self.entity(fact.entity)
        else:
            self._fact_node(fact)

    def _entity_facts(self, fact: EntityFacts) -> None:
        node = self.entity(fact.entity)
        for name, predicate in self.context.fields(EntityFacts, _ENTITY_FACTS_SKIP):
            self.add(node, predicate, getattr(fact, name))
        for address in fact.addresses:
            self.triples.append((node, self.v.address, self._address(address)))

    def _address(self, address: Address) -> Term:
        iri = iris.address_iri(address)
        node, address = self.iri(iri), self.context.addresses.get(iri, address)
        self.triples.append((node, self.v.type, self.v.Address))
        for name, predicate in self.context.fields(Address):
            self.add(node, predicate, getattr(address, name))
        return node

    def _fact_node(self, fact: Fact) -> None:
        values = iris.field_values(fact)  # read once: for the IRI and for the triples
        node = self.iri(iris.fact_iri(fact, self.doc_iri, self._key, values))
        # A local list's append: compiled (make native), a call of the list's own append.
        triples, spell, string = self.triples, self.value, self.string
        triples.append((node, self.v.type, self.context.class_of(type(fact))))
        triples.append((node, self.v.source, self.doc))
        for (name, predicate), value in zip(self.context.fields(type(fact)), values, strict=True):
            # add() inlined for the common scalars: a fact has dozens of fields.
            kind = type(value)
            if value is None:
                continue
            if kind is str:
                if value:
                    triples.append((node, predicate, string(value)))  # type: ignore[arg-type]
            elif name == "roles":
                for role in value:  # type: ignore[attr-defined]
                    triples.append((node, predicate, self.context.roles[role]))
            elif kind is tuple or kind is EntityRef:
                self.add(node, predicate, value)
            else:
                triples.append((node, predicate, spell(value)))
        self._shortcuts(fact, node)

    def _key(self, ref: EntityRef) -> str:
        """The resolved key of ``ref``, by the ref's identity first: facts of one
        document share their ref objects, and a dataclass hashes in Python."""
        hit = self._keys.get(id(ref))
        if hit is None or hit[0] is not ref:
            hit = self._keys[id(ref)] = (ref, self.resolution.entity(ref, self.scope).key)
        return hit[1]

    def _shortcuts(self, fact: Fact, node: Term) -> None:
        """Materialise the simple edges users query without fact nodes."""
        v = self.v
        if isinstance(fact, Position):
            holder, org = self.entity(fact.holder), self.entity(fact.organization)
            for role in fact.roles:
                if role in _SHORTCUT:
                    self.triples.append((holder, self.context.shortcuts[role], org))
        elif isinstance(fact, Shareholding):
            holder, issuer = self.entity(fact.holder), self.entity(fact.issuer)
            self.triples.append((holder, v.shareholderOf, issuer))
        elif isinstance(fact, Signature):
            self.add(self.doc, v.signer, fact.signer)
            self.add(self.doc, v.signerTitle, fact.title)
            self.triples.append((self.doc, v.signature, node))
        for party in getattr(fact, "parties", ()):
            self.triples.append((self.entity(party), v.partyTo, node))
