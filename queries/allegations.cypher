// Allegations made by an actor (it is the claimant) or against it (it is an end of the claim).
// $actor: actor id; $allegation_types: the allegation relation types (from figraph.graph.model).
MATCH (a:Actor {id: $actor})
CALL {
  WITH a
  MATCH (a)-[r]-(:Actor)
  WHERE type(r) IN $allegation_types
  RETURN r
  UNION
  WITH a
  MATCH (:Actor)-[r]->(:Actor)
  WHERE r.claimant = a.id AND type(r) IN $allegation_types
  RETURN r
}
WITH DISTINCT r
// Browser: MATCH (s:Actor)-[r]->(t:Actor) RETURN s, r, t
RETURN r.id AS id, type(r) AS type,
       startNode(r).id AS source, endNode(r).id AS target,
       startNode(r).name AS source_name, endNode(r).name AS target_name,
       r.claimant AS claimant, r.claimant_name AS claimant_name, r.status AS status,
       r.hedges AS hedges, r.date AS date, r.date_text AS date_text,
       r.evidence_json AS evidence_json,
       r.evidence_quotes AS evidence_quotes, r.evidence_documents AS evidence_documents,
       r.evidence_titles AS evidence_titles
