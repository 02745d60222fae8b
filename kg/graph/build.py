"""Fact records to triples: one named graph per source document.

Fields map to ``ekg:`` terms by name (``percent_of_class`` -> ``ekg:percentOfClass``)
through the closed namespace, so a field without a term fails loudly. The
shortcut edges (``ekg:officerOf`` ...) are materialised from the fact nodes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import PurePath

from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV
from rdflib.term import Node

from kg.graph import iris
from kg.graph.literals import literal
from kg.graph.resolve import Resolution, resolve, scope_of
from kg.graph.store import new_dataset
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
from kg.vocab import TERMS as T  # EKG's terms as plain attributes: cheaper in hot loops

# Field names whose term is not the plain camelCase of the name.
_TERM_OF_FIELD = {
    "under_plan_10b5_1": EKG.underPlan10b5_1,
    "exemptions": EKG.exemption,
    "security_types": EKG.securityType,
    "co_issuers": EKG.coIssuer,
    "sales_recipients": EKG.salesRecipient,
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


# Terms used on every entity and fact, looked up once: a closed namespace's
# attribute access is a metaclass call.
_COMPANY, _PERSON, _NAME, _ALIAS, _CIK = EKG.Company, EKG.Person, EKG.name, EKG.alias, EKG.cik
_GIVEN, _MIDDLE, _FAMILY = EKG.givenName, EKG.middleName, EKG.familyName
_MENTIONS, _SOURCE = EKG.mentions, EKG.source
_ROLE_TERM = _TERM_OF_FIELD["roles"]
_TYPE, _LABEL = RDF.type, RDFS.label  # rdflib's RDF/RDFS attributes are metaclass calls too


@cache
def _class_of(cls: type) -> URIRef:
    return getattr(EKG, cls.__name__)


@cache
def term(field_name: str) -> URIRef:
    """The ekg: term of a fact field (AttributeError for a field with none)."""
    if field_name in _TERM_OF_FIELD:
        return _TERM_OF_FIELD[field_name]
    head, *rest = field_name.split("_")
    return getattr(EKG, head + "".join(w[:1].upper() + w[1:] for w in rest))


# A fact's value stays a Python value (str, bool, int, Decimal, date) in the builder's
# triples: the edges make it a Literal (build_dataset) or N-Quads text (write_nquads)
# without the other's cost.
Value = str | bool | int | Decimal | date
Triple = tuple[URIRef, URIRef, URIRef | Literal | Value]
Quad = tuple[URIRef, URIRef, URIRef | Literal, URIRef]


def build_graphs(
    items: Sequence[tuple[Source, Extraction]],
    same: Iterable[tuple[EntityRef, EntityRef]] = (),
) -> Iterator[tuple[URIRef, list[Triple]]]:
    """Resolve the entities of ``items``; yield each document's name and triples.

    The builder writes to plain lists, not to a store: the same triples go
    into an rdflib dataset (``build_dataset``) or straight to an N-Quads file
    (``kg.export.rdf.write_nquads``) without paying for a store's indexes.
    """
    resolution = resolve((extraction for _, extraction in items), same)
    addresses = _canonical_addresses(items)
    for source, extraction in items:
        writer = _DocumentWriter(resolution, source, extraction, addresses)
        writer.write()
        yield writer.doc, writer.triples


def build_quads(
    items: Sequence[tuple[Source, Extraction]],
    same: Iterable[tuple[EntityRef, EntityRef]] = (),
) -> Iterator[Quad]:
    """Each document's triples as quads in its named graph."""
    for doc, triples in build_graphs(items, same):
        for s, p, o in triples:
            yield s, p, o if isinstance(o, Node) else literal(o), doc


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


def _canonical_addresses(items: Sequence[tuple[Source, Extraction]]) -> dict[URIRef, Address]:
    """One spelling per address node: "Springfield" rather than "SPRINGFIELD" when both occur."""

    def rank(address: Address) -> tuple[int, str]:
        values = [v for v in (getattr(address, name) for name in _ADDRESS_FIELDS) if v]
        return sum(v.isupper() for v in values), repr(address)

    best: dict[URIRef, Address] = {}
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
def _predicates(cls: type, skip: frozenset[str] = frozenset()) -> tuple[tuple[str, URIRef], ...]:
    """(field, term) of a record class; a signature's title is the signer's title."""
    return tuple(
        (f.name, EKG.signerTitle if cls is Signature and f.name == "title" else term(f.name))
        for f in dataclasses.fields(cls)
        if f.name not in skip
    )


_ENTITY_FACTS_SKIP = frozenset({"entity", "evidence", "addresses"})


class _DocumentWriter:
    """Writes one document's facts into its own named graph."""

    def __init__(
        self,
        resolution: Resolution,
        source: Source,
        extraction: Extraction,
        addresses: dict[URIRef, Address],
    ) -> None:
        info = extraction.document
        self.doc = iris.document_iri(source, info.accession_number)
        # A list, not a set: hashing rdflib terms costs more than the few duplicates.
        self.triples: list[Triple] = []
        self._entities: dict[EntityRef, URIRef] = {}
        # By id(ref), holding the ref so that its id is not reused: see _key.
        self._keys: dict[int, tuple[EntityRef, str]] = {}
        self._nodes: dict[int, tuple[EntityRef, URIRef]] = {}
        self.resolution = resolution
        self.scope = scope_of(extraction, resolution)
        self.source = source
        self.extraction = extraction
        self.addresses = addresses

    def write(self) -> None:
        self._document()
        for fact in self.extraction.facts:
            self._fact(fact)

    def add(self, s: URIRef, p: URIRef, o: object) -> None:
        """Add a field's value: nothing for None or empty, one triple per tuple item."""
        # Dispatch on the exact type first: ``o == ""`` on an rdflib term or a
        # dataclass runs a Python __eq__, once per field of every fact.
        kind = type(o)
        if kind is str:
            if o:
                self.triples.append((s, p, o))  # type: ignore[arg-type]
        elif o is None:
            return
        elif kind is tuple:
            for item in o:  # type: ignore[attr-defined]
                self.add(s, p, item)
        elif kind is EntityRef:
            self.triples.append((s, p, self.entity(o)))  # type: ignore[arg-type]
        else:  # an IRI, or a value the edges write as a literal
            self.triples.append((s, p, o))  # type: ignore[arg-type]

    def entity(self, ref: EntityRef) -> URIRef:
        """The resolved entity of ``ref``, typed, named and mentioned by this document."""
        hit = self._nodes.get(id(ref))
        if hit is not None and hit[0] is ref:
            return hit[1]
        if ref in self._entities:
            return self._entities[ref]
        entity = self.resolution.entity(ref, self.scope)
        node = iris.entity_iri(entity.key)
        g, name = self.triples, entity.name
        g.append((node, _TYPE, _COMPANY if entity.kind == "company" else _PERSON))
        g.append((node, _NAME, name))
        g.append((node, _LABEL, name))
        for surface in (ref.name, *ref.aliases):
            if surface != entity.name:
                g.append((node, _ALIAS, surface))
        self.add(node, _CIK, entity.cik)
        if entity.kind == "person":
            self.add(node, _GIVEN, entity.given_name)
            self.add(node, _MIDDLE, entity.middle_name)
            self.add(node, _FAMILY, entity.family_name)
        g.append((self.doc, _MENTIONS, node))
        self._entities[ref] = node
        self._nodes[id(ref)] = (ref, node)
        return node

    def _document(self) -> None:
        info, doc = self.extraction.document, self.doc
        doc_class = T.PressRelease if info.form_type == "PressRelease" else T.Filing
        self.triples.append((doc, _TYPE, T.Document))
        self.triples.append((doc, _TYPE, doc_class))
        self.add(doc, T.formType, info.form_type)
        self.add(doc, T.date, info.date)
        self.add(doc, T.periodOfReport, info.period_of_report)
        self.add(doc, T.accessionNumber, info.accession_number)
        self.add(doc, T.item, info.items)
        self.add(doc, T.subject, info.subject)
        self.add(doc, T.headline, info.title)
        self.add(doc, T.dateline, info.dateline)
        self.add(doc, T.publisher, info.publisher)
        self.add(doc, T.sourceFile, PurePath(self.source.name).name)
        self.add(doc, T.sha256, self.source.sha256)
        self.add(doc, T.extractor, self.extraction.kind)
        self.add(doc, T.originalFilingDate, info.original_filing_date)
        self.add(doc, T.notSubjectToSection16, info.not_subject_to_section16)
        self.add(doc, T.form3HoldingsReported, info.form3_holdings_reported)
        self.add(doc, T.form4TransactionsReported, info.form4_transactions_reported)
        self.add(doc, T.noSecuritiesOwned, info.no_securities_owned)
        if info.amends:
            amended = iris.document_iri(Source(name="", sha256=""), info.amends)
            self.triples.append((doc, PROV.wasRevisionOf, amended))

    def _fact(self, fact: Fact) -> None:
        if isinstance(fact, EntityFacts):
            self._entity_facts(fact)
        elif isinstance(fact, Mention):
            self.entity(fact.entity)
        else:
            self._fact_node(fact)

    def _entity_facts(self, fact: EntityFacts) -> None:
        node = self.entity(fact.entity)
        for name, predicate in _predicates(EntityFacts, _ENTITY_FACTS_SKIP):
            self.add(node, predicate, getattr(fact, name))
        for address in fact.addresses:
            self.triples.append((node, T.address, self._address(address)))

    def _address(self, address: Address) -> URIRef:
        node = iris.address_iri(address)
        address = self.addresses.get(node, address)
        self.triples.append((node, _TYPE, T.Address))
        for name, predicate in _predicates(Address):
            self.add(node, predicate, getattr(address, name))
        return node

    def _fact_node(self, fact: Fact) -> None:
        values = iris.field_values(fact)  # read once: for the IRI and for the triples
        node = iris.fact_iri(fact, self.doc, self._key, values)
        self.triples.append((node, _TYPE, _class_of(type(fact))))
        self.triples.append((node, _SOURCE, self.doc))
        append = self.triples.append
        for (_, predicate), value in zip(_predicates(type(fact)), values, strict=True):
            # add() inlined for the common scalars: a fact has dozens of fields.
            kind = type(value)
            if value is None:
                continue
            if kind is str:
                if value:
                    append((node, predicate, value))
            elif kind is tuple or kind is EntityRef:
                if predicate is _ROLE_TERM:
                    value = tuple(_ROLE[role] for role in value)  # type: ignore[attr-defined]
                self.add(node, predicate, value)
            else:
                append((node, predicate, value))  # type: ignore[arg-type]
        self._shortcuts(fact, node)

    def _key(self, ref: EntityRef) -> str:
        """The resolved key of ``ref``, by the ref's identity first: facts of one
        document share their ref objects, and a dataclass hashes in Python."""
        hit = self._keys.get(id(ref))
        if hit is None or hit[0] is not ref:
            hit = self._keys[id(ref)] = (ref, self.resolution.entity(ref, self.scope).key)
        return hit[1]

    def _shortcuts(self, fact: Fact, node: URIRef) -> None:
        """Materialise the simple edges users query without fact nodes."""
        if isinstance(fact, Position):
            holder, org = self.entity(fact.holder), self.entity(fact.organization)
            for role in fact.roles:
                if role in _SHORTCUT:
                    self.triples.append((holder, _SHORTCUT[role], org))
        elif isinstance(fact, Shareholding):
            holder, issuer = self.entity(fact.holder), self.entity(fact.issuer)
            self.triples.append((holder, T.shareholderOf, issuer))
        elif isinstance(fact, Signature):
            self.add(self.doc, T.signer, fact.signer)
            self.add(self.doc, T.signerTitle, fact.title)
            self.triples.append((self.doc, T.signature, node))
        for party in getattr(fact, "parties", ()):
            self.triples.append((self.entity(party), T.partyTo, node))
