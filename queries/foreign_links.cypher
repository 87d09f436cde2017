// Paths from $actor to foreign States within {{max_hops}} hops, through actors of $via types.
// A State is foreign unless its id is in $home_ids or its lower-cased name or an alias is
// in $home_names.
// Filters: $edge_types (null: all), $confirmed_only with $allegation_types, $exclude (ids).
// Python keeps, per State, the shortest paths found here.
MATCH (a:Actor {id: $actor})
MATCH p = (a)-[*1..{{max_hops}}]-(s:Actor:State)
WHERE s <> a AND NOT s.id IN $home_ids AND NOT toLower(s.name) IN $home_names
  AND none(alias IN coalesce(s.aliases, []) WHERE toLower(alias) IN $home_names)
  AND all(r IN relationships(p) WHERE type(r) <> 'MENTIONS'
          AND ($edge_types IS NULL OR type(r) IN $edge_types)
          AND NOT ($confirmed_only AND type(r) IN $allegation_types))
  AND all(n IN nodes(p)[1..-1] WHERE n:Actor AND NOT n.id IN $exclude AND n.type IN $via)
  AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
// Browser: RETURN p ORDER BY length(p) LIMIT $scan_limit
RETURN DISTINCT s.id AS state, length(p) AS hops, [n IN nodes(p) | n.id] AS ids
ORDER BY hops
LIMIT $scan_limit
