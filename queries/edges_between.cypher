// Every fact between each pair of actors, whichever way it points (shared by path queries).
// Each row names the pair it answers; the filter is re-applied in Python.
UNWIND $pairs AS pair
MATCH (a:Actor {id: pair[0]})-[r]-(b:Actor {id: pair[1]})
RETURN pair[0] AS first, pair[1] AS second,
       r.id AS id, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
       r.claimant AS claimant, r.claimant_name AS claimant_name, r.status AS status,
       r.hedges AS hedges, r.date AS date, r.date_text AS date_text, r.review AS review,
       r.evidence_json AS evidence_json,
       r.evidence_quotes AS evidence_quotes, r.evidence_documents AS evidence_documents,
       r.evidence_titles AS evidence_titles
