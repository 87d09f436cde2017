// How many actors belong to group A (to tell whether brokers.cypher capped its sources).
MATCH (s:Actor)
WHERE s.type IN $group_a OR any(role IN coalesce(s.roles, []) WHERE role IN $group_a)
RETURN count(s) AS sources
