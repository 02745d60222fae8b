"""edgar-kg: a knowledge graph of SEC filings.

The flow, one package per step::

    kg.ingest   bytes -> RawDocument (decoding, HTML to text, submissions)
    kg.extract  RawDocument -> Extraction (fact records of kg.model)
    kg.graph    Extractions -> rdflib Dataset (resolve identities, build)
    kg.query    SPARQL over the dataset, named queries
    kg.export   RDF files, NetworkX projection, offline HTML page

``import kg`` is cheap: nothing heavy is imported until it is used.
"""

__version__ = "0.1.0"
