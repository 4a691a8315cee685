// Round 29: the Phoenix dictionaries file generic names as other groups' aliases ("National
// Front" under a Greek group, "United National Front" under a Pakistani party). Kept, they made
// every front or coalition so called in news that group; scripts/build-actors.mjs drops them.
import { GAZETTEER, keyOf } from '../entities/gazetteer';
import { tokenize } from '../entities/tokens';

/** The entity a name resolves to in the gazetteer, if any. */
function lookup(name: string): string | undefined {
  const words = tokenize(name, name, 0).filter((t) => !t.punct);
  const hit = GAZETTEER.names.get(keyOf(words.map((t) => t.norm)));
  return hit && hit.kind === 'name' ? hit.entity.name : undefined;
}

describe('generic names are no one group’s alias', () => {
  test.each([
    'National Front',
    'United National Front',
    'National Resistance',
    'Islamic Group',
    'Jihad Group',
  ])('%s names no other group', (name) => {
    const found = lookup(name);
    expect(found === undefined || found === name).toBe(true);
  });
  test.each([
    ['Mohajir Quami Movement', 'Muttahida Qami Movement'],
    ['Islamic Resistance Movement', 'Hamas'],
  ])('a distinctive alias still names its group: %s', (alias, group) => {
    expect(lookup(alias)).toBe(group);
  });
});
