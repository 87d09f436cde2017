// All shortest paths between two actors, walking facts in either direction.
// $source, $target: actor ids. {{max_hops}}: the hop bound (an int checked in runner.py).
// Filters: $edge_types (null: all), $confirmed_only with $allegation_types, $reviewed_only
// with $reviewed_states (edges a person kept), $exclude (ids),
// $node_types (null: all) for the actors a path passes through. Documents are never crossed.
MATCH (a:Actor {id: $source}), (b:Actor {id: $target})
MATCH p = allShortestPaths((a)-[*..{{max_hops}}]-(b))
WHERE all(r IN relationships(p) WHERE type(r) <> 'MENTIONS'
          AND ($edge_types IS NULL OR type(r) IN $edge_types)
          AND NOT ($confirmed_only AND type(r) IN $allegation_types)
          AND (NOT $reviewed_only OR r.review IN $reviewed_states))
  AND all(n IN nodes(p)[1..-1] WHERE n:Actor AND NOT n.id IN $exclude
          AND ($node_types IS NULL OR n.type IN $node_types))
// Browser: RETURN p LIMIT $scan_limit
RETURN DISTINCT [n IN nodes(p) | n.id] AS ids
LIMIT $scan_limit
