"""The graph: the model declared once, the stores (networkx file and Neo4j), and the
person's decisions on them. The bottom layer: it imports no other part of figraph."""
