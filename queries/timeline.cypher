// Every fact touching one actor, either way, with its evidence; Python sorts by date
// (the spans of `figraph.graph.dates`); Browser by the real dates date_start and date_end.
// $actor: actor id; filters: $edge_types (null: all), $confirmed_only with $allegation_types.
MATCH (a:Actor {id: $actor})-[r]-(:Actor)
WHERE type(r) <> 'MENTIONS'
  AND ($edge_types IS NULL OR type(r) IN $edge_types)
  AND NOT ($confirmed_only AND type(r) IN $allegation_types)
WITH DISTINCT r
// Browser: MATCH (s:Actor)-[r]->(t:Actor)
// Browser: RETURN s, r, t ORDER BY r.date_start, r.date_end
RETURN r.id AS id, type(r) AS type,
       startNode(r).id AS source, endNode(r).id AS target,
       startNode(r).name AS source_name, endNode(r).name AS target_name,
       r.claimant AS claimant, r.claimant_name AS claimant_name, r.status AS status,
       r.hedges AS hedges, r.date AS date, r.date_text AS date_text,
       r.evidence_json AS evidence_json,
       r.evidence_quotes AS evidence_quotes, r.evidence_documents AS evidence_documents,
       r.evidence_titles AS evidence_titles
