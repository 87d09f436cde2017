// Actors within {{hops}} hops of $actor (facts walked either way) and their distance.
// Actors failing the node filter are neither listed nor crossed.
// Filters: $edge_types (null: all), $confirmed_only with $allegation_types, $exclude (ids),
// $node_types (null: all). The linking facts come from ego_network_links.cypher.
MATCH (a:Actor {id: $actor})
MATCH p = (a)-[*1..{{hops}}]-(b:Actor)
WHERE b <> a
  AND all(r IN relationships(p) WHERE type(r) <> 'MENTIONS'
          AND ($edge_types IS NULL OR type(r) IN $edge_types)
          AND NOT ($confirmed_only AND type(r) IN $allegation_types))
  AND all(n IN nodes(p)[1..] WHERE n:Actor AND NOT n.id IN $exclude
          AND ($node_types IS NULL OR n.type IN $node_types))
// Browser: RETURN p LIMIT 300
RETURN b.id AS id, min(length(p)) AS distance
