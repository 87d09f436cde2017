// The facts behind one edge ($edge: its id) or between two actors ($a, $b: ids), with evidence.
// Exactly one mode is used; the other parameters are null.
CALL {
  MATCH (:Actor {id: $a})-[r]-(:Actor {id: $b})
  WHERE $edge IS NULL AND type(r) <> 'MENTIONS'
  RETURN r
  UNION
  MATCH (:Actor)-[r {id: $edge}]->(:Actor)
  WHERE $edge IS NOT NULL
  RETURN r
}
WITH DISTINCT r
// Browser: MATCH (s:Actor)-[r]->(t:Actor)
// Browser: OPTIONAL MATCH (d:Document) WHERE d.id IN r.evidence_documents
// Browser: RETURN s, r, t, collect(d) AS documents
RETURN r.id AS id, type(r) AS type,
       startNode(r).id AS source, endNode(r).id AS target,
       startNode(r).name AS source_name, endNode(r).name AS target_name,
       r.claimant AS claimant, r.claimant_name AS claimant_name, r.status AS status,
       r.hedges AS hedges, r.date AS date, r.date_text AS date_text,
       r.evidence_json AS evidence_json,
       r.evidence_quotes AS evidence_quotes, r.evidence_documents AS evidence_documents,
       r.evidence_titles AS evidence_titles
