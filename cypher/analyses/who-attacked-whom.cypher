// @question Who attacked (or killed members of) whom, how often, and when first and last?
// @param limit: int = 50 — how many attacker/target pairs to return
// @param entity: string = "" — only pairs where this entity (id, name or alias) is attacker or target; empty for all
// @column attacker: string — who attacked
// @column target: string — who was attacked
// @column attacks: int — evidence sentences for ATTACKED
// @column killings: int — evidence sentences for KILLED
// @column firstSeen: string — the date of the first attack (the act's date, YYYY-MM-DD); empty when no fact is dated
// @column lastSeen: string — the date of the last attack; empty when no fact is dated
MATCH (a:Entity)-[r:ATTACKED|KILLED]->(b:Entity)
WHERE $entity = ''
   OR any(e IN [a, b] WHERE e.id = $entity OR toLower(e.name) = toLower($entity)
          OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = toLower($entity)))
WITH a, b,
     sum(CASE type(r) WHEN 'ATTACKED' THEN coalesce(r.count, 1) ELSE 0 END) AS attacks,
     sum(CASE type(r) WHEN 'KILLED' THEN coalesce(r.count, 1) ELSE 0 END) AS killings,
     min(r.firstSeen) AS firstSeen, max(r.lastSeen) AS lastSeen
RETURN a.name AS attacker, b.name AS target, attacks, killings,
       coalesce(toString(firstSeen), '') AS firstSeen, coalesce(toString(lastSeen), '') AS lastSeen
ORDER BY attacks + killings DESC, attacker, target
LIMIT toInteger($limit)
