// Every actor's id, name, type and aliases: the index `find_actor` resolves names against.
MATCH (a:Actor)
// Browser: RETURN a ORDER BY a.name LIMIT 300
RETURN a.id AS id, a.name AS name, a.type AS type, coalesce(a.aliases, []) AS aliases
