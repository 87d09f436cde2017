// Simple paths of exactly {{hops}} hops between two actors, facts walked either way.
// The caller asks one length at a time, shortest first, and stops once it has enough;
// ranking by evidence happens in Python on the facts of each hop.
// $source, $target: actor ids; filters as in shortest_path.cypher; $scan_limit bounds rows.
MATCH (a:Actor {id: $source}), (b:Actor {id: $target})
MATCH p = (a)-[*{{hops}}..{{hops}}]-(b)
WHERE all(r IN relationships(p) WHERE type(r) <> 'MENTIONS'
          AND ($edge_types IS NULL OR type(r) IN $edge_types)
          AND NOT ($confirmed_only AND type(r) IN $allegation_types)
          AND (NOT $reviewed_only OR r.review IN $reviewed_states))
  AND all(n IN nodes(p)[1..-1] WHERE n:Actor AND NOT n.id IN $exclude
          AND ($node_types IS NULL OR n.type IN $node_types))
  AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
// Browser: RETURN p LIMIT $scan_limit
RETURN DISTINCT [n IN nodes(p) | n.id] AS ids
LIMIT $scan_limit
