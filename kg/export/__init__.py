"""Exports of a built graph: the NetworkX projection (``kg.export.nx``) and the
offline interactive HTML page (``kg.export.html``).

Nothing here is imported by ``import kg``; each module loads its heavy
dependencies (networkx, pyvis) only when it is imported itself.
"""
