"""Loaders: from files to documents, and from documents to actors and evidenced edges.

The folders are the flow, each importing only those before it:

- `formats/`, `documents.py`: files and folders -> `Document`s (`read_documents` yields a
  `Document` per document, or a `LoadError` naming the file and the problem);
- `vocabulary/`: what the rules know before reading (word lists, locales, offices, gazetteer);
- `text/`: the text's layout and parse;
- `mentions/`: who is named; `resolution/`: which actor each mention means;
- `relations/`: what the text says of them, with claimant, status and evidence;
- `assemble.py`, `extractor.py`: one document -> one `Extraction` (`Extractor().extract`);
- `pipeline.py`, `workers.py`, `cluster.py`: the build (read -> extract -> merge into the
  store), in local processes or on a Dask cluster.
"""
