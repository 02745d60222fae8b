"""Fact records to an rdflib Dataset: resolve identities (resolve.py), mint IRIs
(iris.py), write triples (build.py) into a store (store.py)."""
