// The fields a result carries for each actor id (shared by every query).
UNWIND $ids AS wanted
MATCH (a:Actor {id: wanted})
RETURN a.id AS id, a.name AS name, a.type AS type, coalesce(a.roles, []) AS roles
