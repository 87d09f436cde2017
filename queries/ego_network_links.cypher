// Facts between actors of $inner (ids) and actors of $ring (ids), either way, for ego_network.
// Python keeps those that step one hop outwards and re-applies the edge filter.
UNWIND $inner AS inner_id
MATCH (x:Actor {id: inner_id})-[r]-(y:Actor)
WHERE y.id IN $ring AND type(r) <> 'MENTIONS'
RETURN x.id AS first, y.id AS second,
       r.id AS id, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
       r.claimant AS claimant, r.claimant_name AS claimant_name, r.status AS status,
       r.hedges AS hedges, r.date AS date, r.date_text AS date_text,
       r.evidence_json AS evidence_json,
       r.evidence_quotes AS evidence_quotes, r.evidence_documents AS evidence_documents,
       r.evidence_titles AS evidence_titles
