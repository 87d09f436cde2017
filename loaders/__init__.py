"""Loaders: from files to documents, and from documents to actors and evidenced edges.

- `read_documents(paths)` walks files and folders and yields a `Document` per
  document (a JSON Lines corpus yields many) or a `LoadError` naming the file
  and the problem; it never raises for one bad file.
- `Extractor().extract(document)` turns one document into an `Extraction`:
  canonical actors (gazetteer, statistical NER, rules), their mentions, and
  relations and allegations with their evidence.
"""
