// Brokers between two groups: for each (s in A, t in B) pair, the share of its shortest
// paths (up to {{max_hops}} hops, facts walked either way) passing through each actor.
// Summed over pairs this is betweenness restricted to A-to-B paths. A group is a list of
// actor types or roles ($group_a, $group_b); sources are capped at $max_sources by id.
// Filters: $edge_types (null: all), $confirmed_only with $allegation_types, $exclude (ids),
// $node_types (null: all) for the brokers a path passes through.
MATCH (s:Actor)
WHERE s.type IN $group_a OR any(role IN coalesce(s.roles, []) WHERE role IN $group_a)
WITH s ORDER BY s.id LIMIT $max_sources
MATCH (t:Actor)
WHERE t <> s AND (t.type IN $group_b OR any(role IN coalesce(t.roles, []) WHERE role IN $group_b))
MATCH p = allShortestPaths((s)-[*..{{max_hops}}]-(t))
WHERE all(r IN relationships(p) WHERE type(r) <> 'MENTIONS'
          AND ($edge_types IS NULL OR type(r) IN $edge_types)
          AND NOT ($confirmed_only AND type(r) IN $allegation_types))
  AND all(n IN nodes(p)[1..-1] WHERE n:Actor AND NOT n.id IN $exclude
          AND ($node_types IS NULL OR n.type IN $node_types))
// Browser: RETURN p LIMIT 300
WITH s, t, collect(DISTINCT [n IN nodes(p)[1..-1] | n.id]) AS middles
WITH middles, toFloat(size(middles)) AS total
UNWIND middles AS middle
UNWIND middle AS broker
RETURN broker AS id, sum(1.0 / total) AS score
