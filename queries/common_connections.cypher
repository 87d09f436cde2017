// Actors linked (either way) to both $a and $b; the facts themselves are fetched by
// edges_between.cypher and chosen in Python, as for paths.
// Filters: $edge_types (null: all), $confirmed_only with $allegation_types, $exclude (ids),
// $node_types (null: all) for the shared neighbour.
MATCH (a:Actor {id: $a})-[ra]-(c:Actor)-[rb]-(b:Actor {id: $b})
WHERE c <> a AND c <> b AND NOT c.id IN $exclude
  AND ($node_types IS NULL OR c.type IN $node_types)
  AND all(r IN [ra, rb] WHERE type(r) <> 'MENTIONS'
          AND ($edge_types IS NULL OR type(r) IN $edge_types)
          AND NOT ($confirmed_only AND type(r) IN $allegation_types))
// Browser: RETURN a, ra, c, rb, b
RETURN DISTINCT c.id AS id
