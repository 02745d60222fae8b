"""Form D boxes beside the amounts: Item 1's year of incorporation, Item 4's 1940 Act
question, Item 10 (business combination), Item 14 (non-accredited investors), Item 15
(sales commissions, finders' fees), Item 16 (use of proceeds).

Every Form D XML (the bundled ones, and the shared corpus's when checked out) is read
again here with bare lxml and compared with what ``formd_xml`` gives, field by field.
The printed notice is the seed, with the values written in by hand, and edited copies
of it; EDGAR's HTML page is rendered from each XML (``tests.layout.formd_html``, with
items 15 and 16 added in the page's own table structure, which that renderer leaves
out) and read through the normal path. The graph and the ``offerings`` query (on
Oxigraph) carry the new terms.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape
from pathlib import Path

import pytest
from lxml import etree
from rdflib import XSD, Literal

from kg.extract import detect, extract, formd_text, formd_xml
from kg.graph.build import build_dataset
from kg.graph.validate import validate
from kg.ingest import read_bytes
from kg.model import EntityFacts, Extraction, Offering
from kg.pipeline import extract_paths
from kg.vocab import EKG
from tests.layout.formd_html import Style
from tests.layout.formd_html import render as render_html
from tests.layout.formd_pdftext import render as render_print

HERE = Path(__file__).parent
DATA = HERE / "data" / "formd_xml"
CORPUS = HERE.parents[1] / "shared" / "corpus" / "formd"
SEED_TEXT = (HERE / "data" / "formd_text" / "000_4ecf89f82e1dc858.txt").read_text("utf-8")


def _form_d(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.xml") if b"<edgarSubmission" in p.read_bytes())


BUNDLED = _form_d(DATA)
EXTRA = _form_d(CORPUS) if CORPUS.is_dir() else []
_AGES = {
    "overFiveYears": "Over Five Years Ago",
    "withinFiveYears": "Within Last Five Years",
    "yetToBeFormed": "Yet to Be Formed",
}
OFFERING_FIELDS = (
    "registered_investment_company",
    "is_business_combination",
    "business_combination_clarification",
    "has_non_accredited_investors",
    "non_accredited_investors",
    "sales_commissions",
    "sales_commissions_estimated",
    "finders_fees",
    "finders_fees_estimated",
    "commissions_and_fees_clarification",
    "proceeds_to_related_persons",
    "proceeds_to_related_persons_estimated",
    "use_of_proceeds_clarification",
)


# ------------------------------------------------------------ the XML, read with lxml


def _texts(node: etree._Element, path: str) -> list[str]:
    """Stripped texts at a local-name path ("a/b/c") under ``node``; namespaces ignored."""
    steps = "/".join(f"*[local-name()='{step}']" for step in path.split("/"))
    return [" ".join(t.split()) for t in node.xpath(f"./{steps}/text()")]


def _one(node: etree._Element | None, path: str) -> str | None:
    found = [t for t in _texts(node, path) if t] if node is not None else []
    return found[0] if found else None


def _true(text: str | None) -> bool | None:
    return None if text is None else text.lower() in ("true", "1", "y", "yes")


def _first(node: etree._Element, path: str) -> etree._Element | None:
    steps = "/".join(f"*[local-name()='{step}']" for step in path.split("/"))
    found = node.xpath(f".//{steps}")
    return found[0] if found else None


def _amount(block: etree._Element | None) -> tuple[Decimal | None, bool | None]:
    amount = _one(block, "dollarAmount")
    if amount is None:
        return None, None
    return Decimal(amount), bool(_true(_one(block, "isEstimate")))


def _clarified(node: etree._Element | None) -> str | None:
    said = _one(node, "clarificationOfResponse")
    return said if said and said.lower() not in ("none", "n/a") else None


def xml_says(path: Path) -> dict[str, object]:
    """What the notice says in the boxes this module covers, read without the extractor."""
    text = path.read_text(encoding="utf-8")
    root = etree.fromstring(text[text.index("<edgarSubmission") :].encode("utf-8"))
    issuer = _first(root, "primaryIssuer")
    year = _first(issuer, "yearOfInc")
    ages = [label for tag, label in _AGES.items() if _true(_one(year, tag))]
    data = _first(root, "offeringData")
    fees = _first(data, "salesCommissionsFindersFees")
    proceeds = _first(data, "useOfProceeds")
    combination = _first(data, "businessCombinationTransaction")
    commissions = _amount(_first(fees, "salesCommissions"))
    finders = _amount(_first(fees, "findersFees"))
    used = _amount(_first(proceeds, "grossProceedsUsed"))
    count = _one(data, "investors/numberNonAccreditedInvestors")
    return {
        "incorporation_age": ages[0] if ages else None,
        "year_of_incorporation": int(_one(year, "value")) if _one(year, "value") else None,
        "registered_investment_company": _true(
            _one(data, "industryGroup/investmentFundInfo/is40Act")
        ),
        "is_business_combination": _true(_one(combination, "isBusinessCombinationTransaction")),
        "business_combination_clarification": _clarified(combination),
        "has_non_accredited_investors": _true(_one(data, "investors/hasNonAccreditedInvestors")),
        "non_accredited_investors": int(count) if count else None,
        "sales_commissions": commissions[0],
        "sales_commissions_estimated": commissions[1],
        "finders_fees": finders[0],
        "finders_fees_estimated": finders[1],
        "commissions_and_fees_clarification": _clarified(fees),
        "proceeds_to_related_persons": used[0],
        "proceeds_to_related_persons_estimated": used[1],
        "use_of_proceeds_clarification": _clarified(proceeds),
    }


def read_out(extraction: Extraction) -> dict[str, object]:
    """The same boxes as an extractor gives them: the offering's and the issuer's own."""
    (offering,) = [f for f in extraction.facts if isinstance(f, Offering)]
    issuer = extraction.document.subject
    own = [f for f in extraction.facts if isinstance(f, EntityFacts) and f.entity == issuer]
    got: dict[str, object] = {name: getattr(offering, name) for name in OFFERING_FIELDS}
    for name in ("incorporation_age", "year_of_incorporation"):
        values = {getattr(f, name) for f in own} - {None}
        assert len(values) <= 1, values
        got[name] = values.pop() if values else None
    return got


def _xml(path: Path) -> Extraction:
    return formd_xml.extract(read_bytes(path.read_bytes(), path.name))


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_xml_boxes_read_as_written(path: Path) -> None:
    assert read_out(_xml(path)) == xml_says(path)


@pytest.mark.skipif(not EXTRA, reason="the shared corpus is not checked out")
@pytest.mark.parametrize("path", EXTRA, ids=lambda p: p.stem)
def test_corpus_xml_boxes_read_as_written(path: Path) -> None:
    assert read_out(_xml(path)) == xml_says(path)


def test_xml_values_that_differ_between_notices() -> None:
    """The bundled notices' own values, checked by hand against their XML."""
    reit = read_out(_xml(DATA / "edgartools_formD_1685REIT.xml"))
    assert reit["sales_commissions"] == Decimal("6250")
    assert reit["commissions_and_fees_clarification"] == "5% of total amount sold"
    assert (reit["incorporation_age"], reit["year_of_incorporation"]) == (
        "Within Last Five Years",
        2022,
    )
    assert reit["registered_investment_company"] is None  # not a pooled fund: no question
    fund = read_out(_xml(DATA / "edgartools_formD_APFund.xml"))
    assert fund["proceeds_to_related_persons"] == Decimal("6660")
    assert fund["proceeds_to_related_persons_estimated"] is True
    assert fund["registered_investment_company"] is False
    gold = read_out(_xml(DATA / "halloran_gabelli_intl_gold_fund_formD.extracted.xml"))
    assert (gold["sales_commissions_estimated"], gold["finders_fees_estimated"]) == (True, True)
    assert gold["incorporation_age"] == "Over Five Years Ago"
    assert gold["year_of_incorporation"] is None


def test_co_issuer_has_its_own_year() -> None:
    extraction = _xml(DATA / "edgartools_formD_APFund.xml")
    years = {
        f.entity.name: (f.incorporation_age, f.year_of_incorporation)
        for f in extraction.facts
        if isinstance(f, EntityFacts) and f.incorporation_age
    }
    assert len(years) == 2
    assert set(years.values()) == {("Within Last Five Years", 2022)}


_COMBINATION = (
    "<isBusinessCombinationTransaction>false</isBusinessCombinationTransaction>",
    "<isBusinessCombinationTransaction>true</isBusinessCombinationTransaction>"
    "<clarificationOfResponse>Shares issued in exchange for the target's units"
    "</clarificationOfResponse>",
)
_NON_ACCREDITED = (
    "<hasNonAccreditedInvestors>false</hasNonAccreditedInvestors>",
    "<hasNonAccreditedInvestors>true</hasNonAccreditedInvestors>"
    "<numberNonAccreditedInvestors>4</numberNonAccreditedInvestors>",
)
_WITHIN = ("<overFiveYears>true</overFiveYears>", "<withinFiveYears>true</withinFiveYears>"
           "<value>2021</value>")  # fmt: skip
_UNFORMED = ("<overFiveYears>true</overFiveYears>", "<yetToBeFormed>true</yetToBeFormed>")
_REGISTERED = ("<is40Act>false</is40Act>", "<is40Act>true</is40Act>")


def _variant(base: str, pair: tuple[str, str], folder: Path) -> Path:
    """A copy of a bundled notice with one box changed, written under ``folder``."""
    text = (DATA / base).read_text(encoding="utf-8")
    assert pair[0] in text, pair[0]
    path = folder / f"variant_{base}"
    path.write_text(text.replace(pair[0], pair[1], 1), encoding="utf-8")
    return path


VARIANTS = {
    "combination": ("halloran_diffusion_pharma_formD.xml", _COMBINATION),
    "non_accredited": ("halloran_diffusion_pharma_formD.xml", _NON_ACCREDITED),
    "within_five_years": ("halloran_diffusion_pharma_formD.xml", _WITHIN),
    "yet_to_be_formed": ("halloran_diffusion_pharma_formD.xml", _UNFORMED),
    "registered_fund": ("edgartools_formD_APFund.xml", _REGISTERED),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_xml_variants_read_as_written(name: str, tmp_path: Path) -> None:
    base, pair = VARIANTS[name]
    path = _variant(base, pair, tmp_path)
    got = read_out(_xml(path))
    assert got == xml_says(path)
    assert got != read_out(_xml(DATA / base))  # the changed box is read, not a default


# ------------------------------------------------------------ the printed notice


def _printed(text: str) -> Extraction:
    return formd_text.extract(read_bytes(text.encode("utf-8"), "printed.txt"))


def _edit(*pairs: tuple[str, str]) -> str:
    text = SEED_TEXT
    for old, new in pairs:
        assert old in text, f"the seed no longer contains {old!r}"
        text = text.replace(old, new, 1)
    return text


def test_seed_print_boxes_by_hand() -> None:
    """The seed: "X Over Five Years Ago"; item 10 printed without its Yes/No boxes; item 14
    box unticked, one investor; items 15 and 16 "$0 USD Estimate", no box ticked."""
    assert read_out(_printed(SEED_TEXT)) == {
        "incorporation_age": "Over Five Years Ago",
        "year_of_incorporation": None,
        "registered_investment_company": None,  # "Yes No" with no X: not a fund
        "is_business_combination": None,
        "business_combination_clarification": None,
        "has_non_accredited_investors": False,
        "non_accredited_investors": None,
        "sales_commissions": Decimal("0"),
        "sales_commissions_estimated": False,
        "finders_fees": Decimal("0"),
        "finders_fees_estimated": False,
        "commissions_and_fees_clarification": None,
        "proceeds_to_related_persons": Decimal("0"),
        "proceeds_to_related_persons_estimated": False,
        "use_of_proceeds_clarification": None,
    }


_OVER = "Year of Incorporation/Org X Over Five Years Ago"
_AGE_ROW = "Within Last Five Years Yet to Be Formed\ts (Specify Tear)\t"
_FEES = "Sales Commissions \\$0 USD Estimate Finders' Fees \\$0 USD Estimate\t"
_FEES_CLARIFIED = "Clarification of Response (if Necessary):\t\n16. Use of Proceeds"
_PROCEEDS = "\\$0 USD Estimate\t\nClarification of Response (if Necessary):\t\nSignature"
_COMBINED = (
    "such as a merger, acquisition or exchange.\t\nClarification of Response (if Necessary):"
)
_INVESTORS = (
    "Select if securities in the offering",
    "non-accredited investors who already have invested in the offering.",
    "already have invested in the offering:\t1",
)


def test_printed_within_five_years_with_year() -> None:
    text = _edit(
        (_OVER, "Year of Incorporation/Org Over Five Years Ago"),
        (_AGE_ROW, "X Within Last Five Years Yet to Be Formed\ts (Specify Tear) 2019\t"),
    )
    got = read_out(_printed(text))
    assert (got["incorporation_age"], got["year_of_incorporation"]) == (
        "Within Last Five Years",
        2019,
    )


def test_printed_yet_to_be_formed() -> None:
    text = _edit(
        (_OVER, "Year of Incorporation/Org Over Five Years Ago"),
        (_AGE_ROW, "Within Last Five Years X Yet to Be Formed\ts (Specify Tear)\t"),
    )
    got = read_out(_printed(text))
    assert (got["incorporation_age"], got["year_of_incorporation"]) == ("Yet to Be Formed", None)


def test_printed_commissions_fees_and_estimates() -> None:
    text = _edit(
        (_FEES, "Sales Commissions \\$12,500 USD X Estimate Finders' Fees \\$3,000 USD Estimate\t"),
        (
            _FEES_CLARIFIED,
            "Clarification of Response (if Neces\tssary):\tCommissions of 5% to the placement"
            "\nagent on closing\n16. Use of Proceeds",
        ),
    )
    got = read_out(_printed(text))
    assert (got["sales_commissions"], got["sales_commissions_estimated"]) == (
        Decimal("12500"),
        True,
    )
    assert (got["finders_fees"], got["finders_fees_estimated"]) == (Decimal("3000"), False)
    assert got["commissions_and_fees_clarification"] == (
        "Commissions of 5% to the placement agent on closing"
    )


def test_printed_finders_fee_estimated_alone() -> None:
    text = _edit(
        (_FEES, "Sales Commissions \\$0 USD Estimate Finders' Fees \\$750 USD X Estimate\t")
    )
    got = read_out(_printed(text))
    assert (got["sales_commissions"], got["sales_commissions_estimated"]) == (Decimal("0"), False)
    assert (got["finders_fees"], got["finders_fees_estimated"]) == (Decimal("750"), True)


def test_printed_use_of_proceeds() -> None:
    text = _edit(
        (
            _PROCEEDS,
            "\\$250,000 USD X Estimate\t\nClarification of Response (if Necessary):\t"
            "Salaries of the two executive officers\nSignature",
        )
    )
    got = read_out(_printed(text))
    assert got["proceeds_to_related_persons"] == Decimal("250000")
    assert got["proceeds_to_related_persons_estimated"] is True
    assert got["use_of_proceeds_clarification"] == "Salaries of the two executive officers"


def test_printed_use_of_proceeds_without_its_heading_reads_nothing() -> None:
    """A garbled item 16 heading: item 15's amounts are not read as item 16's."""
    text = _edit(("16. Use of Proceeds", "1 . Us  Proc"))
    got = read_out(_printed(text))
    assert got["proceeds_to_related_persons"] is None
    assert got["sales_commissions"] == Decimal("0")


def test_printed_business_combination() -> None:
    text = _edit(
        (
            _COMBINED,
            "such as a merger, acquisition or exchange.\tX Yes No\n"
            "Clarification of Response (if Necessary):\tIssued in the merger with a supplier",
        )
    )
    got = read_out(_printed(text))
    assert got["is_business_combination"] is True
    assert got["business_combination_clarification"] == "Issued in the merger with a supplier"
    text = _edit((_COMBINED, _COMBINED.replace("exchange.\t", "exchange.\tYes XNo")))
    assert read_out(_printed(text))["is_business_combination"] is False


@pytest.mark.parametrize(
    ("pairs", "count"),
    [
        # The count in the cell after the box's sentence.
        (((_INVESTORS[0], "X " + _INVESTORS[0]), (_INVESTORS[1], _INVESTORS[1] + "\t3")), 3),
        # Both counts printed after the last sentence: non-accredited, then the total.
        (((_INVESTORS[0], "X " + _INVESTORS[0]), (_INVESTORS[2], _INVESTORS[2] + "\t3\t12")), 3),
        (((_INVESTORS[0], "X " + _INVESTORS[0]),), None),
    ],
    ids=["after-the-box", "before-the-total", "no-count"],
)
def test_printed_non_accredited_investors(pairs: tuple, count: int | None) -> None:
    got = read_out(_printed(_edit(*pairs)))
    assert got["has_non_accredited_investors"] is True
    assert got["non_accredited_investors"] == count


def test_printed_fund_registered_under_1940_act() -> None:
    text = _edit(
        (
            "Investment Banking Pooled Investment Fund",
            "Investment Banking X Pooled Investment Fund",
        ),
        ("\nYes No\tConstruction", "\nXYes No\tConstruction"),
    )
    assert read_out(_printed(text))["registered_investment_company"] is True
    text = _edit(("\nYes No\tConstruction", "\nYes XNo\tConstruction"))
    assert read_out(_printed(text))["registered_investment_company"] is False


# Items 1, 4 and 14 as the print renderer writes them from each XML (it prints items 10,
# 15 and 16 as the seed's fixed text, so those are checked on the seed above).
_RENDERED_IN_PRINT = (
    "incorporation_age",
    "year_of_incorporation",
    "registered_investment_company",
    "has_non_accredited_investors",
)


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_print_rendered_from_xml_reads_as_the_xml(path: Path) -> None:
    want = xml_says(path)
    got = read_out(_printed(render_print(path.read_bytes())))
    assert {k: got[k] for k in _RENDERED_IN_PRINT} == {k: want[k] for k in _RENDERED_IN_PRINT}


# ------------------------------------------------------------ EDGAR's HTML page


def _money(text: str | None) -> str:
    return f"${int(text):,} USD" if text and text.isdigit() else f"${text or ''} USD"


def _box_row(style: Style, label: str, amount: etree._Element | None) -> str:
    """One amount row of items 15/16: the label cell, the amount cell, the "Estimate" box."""
    head = f'<td class="FieldLabel">{escape(label)}</td>' if label else ""
    money = f'<td class="FormData">{escape(_money(_one(amount, "dollarAmount")))}</td>'
    return head + money + style.box("Estimate", bool(_true(_one(amount, "isEstimate"))))


def _items_15_16(xml: bytes, style: Style) -> str:
    """Items 15 and 16 as the page prints them: one table each, a row per amount."""
    root = etree.fromstring(xml[xml.index(b"<edgarSubmission") :])
    fees = _first(root, "salesCommissionsFindersFees")
    proceeds = _first(root, "useOfProceeds")

    def block(node: etree._Element | None, tag: str) -> etree._Element | None:
        return _first(node, tag) if node is not None else None

    def clarification(node: etree._Element | None) -> str:
        said = escape(_one(node, "clarificationOfResponse") or "")
        return (
            '<td class="FieldLabel">Clarification of Response (if Necessary):</td>'
            f'<td class="FormData">{said or "&#160;"}</td>'
        )

    def table(summary: str, rows: list[str]) -> str:
        body = "".join(f"<tr>{row}</tr>" for row in rows)
        return f'<table summary="{summary}" width="100%" border="0"><tbody>{body}</tbody></table>'

    return (
        "<h2>15. Sales Commissions &amp; Finders' Fees Expenses</h2>"
        + table(
            "Sales Commissions and Finders' Fees Expenses",
            [
                '<td colspan="3" class="FormText">Provide separately the amounts of sales'
                " commissions and finders fees expenses, if any. If the amount of an expenditure"
                " is not known, provide an estimate and check the box next to the amount.</td>",
                _box_row(style, "Sales Commissions", block(fees, "salesCommissions")),
                _box_row(style, "Finders' Fees", block(fees, "findersFees")),
                clarification(fees),
            ],
        )
        + "<h2>16. Use of Proceeds</h2>"
        + table(
            "Use of Proceeds",
            [
                '<td colspan="3" class="FormText">Provide the amount of the gross proceeds of the'
                " offering that has been or is proposed to be used for payments to any of the"
                " persons required to be named as executive officers, directors or promoters in"
                " response to Item 3 above. If the amount is unknown, provide an estimate and"
                " check the box next to the amount.</td>",
                _box_row(style, "", block(proceeds, "grossProceedsUsed")),
                clarification(proceeds),
            ],
        )
    )


def _page(xml: bytes, style: Style) -> str:
    page = render_html(xml, style)
    at = page.index("<h2>Signature and Submission</h2>")
    return page[:at] + _items_15_16(xml, style) + page[at:]


STYLES = {
    "empty-cell-boxes": Style(),
    "glyph-boxes": Style(empty="&#9744;"),
    "box-in-label-cell": Style(same_cell=True),
    "ballot-glyphs-in-label-cell": Style(tick="&#9746;", empty="&#9744;", same_cell=True),
}


def _html(xml: bytes, style: Style) -> Extraction:
    doc = read_bytes(_page(xml, style).encode("utf-8"), "page.html")
    assert detect(doc) == "formd_text"
    return extract(doc)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_html_page_reads_as_the_xml(path: Path, style: str) -> None:
    assert read_out(_html(path.read_bytes(), STYLES[style])) == xml_says(path)


@pytest.mark.skipif(not EXTRA, reason="the shared corpus is not checked out")
@pytest.mark.parametrize("path", EXTRA, ids=lambda p: p.stem)
def test_corpus_html_page_reads_as_the_xml(path: Path) -> None:
    assert read_out(_html(path.read_bytes(), Style())) == xml_says(path)


@pytest.mark.parametrize("name", sorted(VARIANTS))
@pytest.mark.parametrize("style", ["empty-cell-boxes", "box-in-label-cell"])
def test_html_variants_read_as_the_xml(name: str, style: str, tmp_path: Path) -> None:
    base, pair = VARIANTS[name]
    path = _variant(base, pair, tmp_path)
    assert read_out(_html(path.read_bytes(), STYLES[style])) == xml_says(path)


def test_html_estimates_ticked() -> None:
    """The one bundled notice whose commissions and fees are both estimates, on the page."""
    path = DATA / "halloran_gabelli_intl_gold_fund_formD.extracted.xml"
    got = read_out(_html(path.read_bytes(), Style(tick="&#9746;", empty="&#9744;")))
    assert (got["sales_commissions_estimated"], got["finders_fees_estimated"]) == (True, True)
    assert got["proceeds_to_related_persons_estimated"] is True
    assert str(got["commissions_and_fees_clarification"]).startswith("The firm(s) listed in")


# ------------------------------------------------------------ the graph and the query


def test_graph_carries_the_new_terms_and_conforms() -> None:
    extracted = extract_paths([DATA / "edgartools_formD_APFund.xml"])
    ds = build_dataset(extracted.items, extracted.same)
    assert len(set(ds.subjects(EKG.yearOfIncorporation, Literal(2022)))) == 2  # and co-issuer
    assert (None, EKG.incorporationAge, Literal("Within Last Five Years")) in ds
    assert (None, EKG.proceedsToRelatedPersons, Literal("6660", datatype=XSD.decimal)) in ds
    assert (None, EKG.proceedsToRelatedPersonsEstimated, Literal(True)) in ds
    assert (None, EKG.registeredInvestmentCompany, Literal(False)) in ds
    assert (None, EKG.hasNonAccreditedInvestors, Literal(False)) in ds
    said = list(ds.objects(None, EKG.useOfProceedsClarification))
    assert len(said) == 1 and str(said[0]).startswith("This amount represents a one-time")
    result = validate(ds)
    assert result.conforms, result.report_text


def test_offerings_query_on_oxigraph_has_the_new_columns(tmp_path: Path) -> None:
    pytest.importorskip("oxrdflib", reason="the oxigraph extra is not installed")
    from kg.graph.store import new_dataset
    from kg.query import named_queries, records, run

    counted = _variant("edgartools_formD_1685REIT.xml", _NON_ACCREDITED, tmp_path)
    extracted = extract_paths([DATA / "edgartools_formD_1685REIT.xml", counted])
    ds = build_dataset(extracted.items, extracted.same, new_dataset("oxigraph"))
    query = named_queries()["offerings"]
    rows = records(run(ds, query.text, {"company": "1685"}, query))
    assert len(rows) == 2
    for row in rows:
        assert Decimal(str(row["salesCommissions"])) == Decimal("6250")
        assert Decimal(str(row["findersFees"])) == Decimal("0")
        assert Decimal(str(row["proceedsToRelatedPersons"])) == Decimal("0")
        assert row["exemptions"] and row["totalAmountSold"] is not None  # old columns kept
    counts = sorted(str(row.get("nonAccreditedInvestors")) for row in rows)
    assert counts == ["4", "None"]
    assert list(rows[0])[-1] == "file"
