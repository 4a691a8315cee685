// A body the lists place in one state ("U.S. Congress", "U.S. Senate", matched by its bare
// "Congress" or "Senate"), met only by that bare name in an article about another state that
// never names the first, is not that state's: "Petro criticized Congress" in a Colombian story
// is Colombia's Congress. It is the party of that name when the article names one ("the
// Congress party" in an Indian story), else the body of the state the article is about.
import { CAPITALS, COUNTRIES } from '../lexicon/countries';
import { SHARED_BODY_WORDS } from '../lexicon/generic-bodies';
import { articleCountry, bareBodyOwner, listedBodyCountry, ownedName } from './generic-body';
import type { Draft, Registry } from './registry';
import { escapeRegex } from '../escape-regex';

const withoutArticle = (text: string): string => text.replace(/^the\s+/i, '');

/** The bare name every mention of a listed body is written with ("Congress"), if all are bare. */
function bareName(d: Draft, country: string): string | undefined {
  const surfaces = new Set(d.mentions.map((m) => withoutArticle(m.text)));
  if (surfaces.size !== 1) return undefined;
  const [surface] = surfaces;
  return d.name.endsWith(` ${surface}`) && !surface.includes(country) ? surface : undefined;
}

/**
 * The state, or its capital (a Washington dateline names the United States' story), is named in the
 * article, or another body is written opening on one of its names ("U.S. Democrats", round 33).
 */
function namesState(registry: Registry, country: string, body: Draft): boolean {
  const capitals = CAPITALS.get(country) ?? [];
  const forms = COUNTRIES.find((c) => c.name === country)?.names ?? [country];
  return registry
    .all()
    .some(
      (d) =>
        (d.type === 'Country' && d.name === country) ||
        (d.type === 'Location' && capitals.includes(d.name)) ||
        (d !== body &&
          d.type === 'Organization' &&
          d.mentions.some((m) => forms.some((f) => withoutArticle(m.text).startsWith(`${f} `)))),
    );
}

/**
 * The one state an article names, however often: "Kenyan police … Senate minority leader X" is
 * about Kenya's Senate, though Kenya is named once (round 14).
 */
function onlyCountry(registry: Registry): Draft | undefined {
  const countries = registry.all().filter((d) => d.type === 'Country');
  return countries.length === 1 ? countries[0] : undefined;
}

/** The word every mention of a listed body is written with alone, when other states' bodies share it ("Treasury"). */
function sharedWord(d: Draft): string | undefined {
  const surfaces = new Set(d.mentions.map((m) => withoutArticle(m.text)));
  const [surface] = surfaces;
  return surfaces.size === 1 && SHARED_BODY_WORDS.has(surface.toLowerCase()) ? surface : undefined;
}

/** Near a mention of the body: its sanctions, which only the state the lists name imposes abroad. */
const SANCTIONS_NEAR = /\bsanction|\bdesignat|\bOFAC\b|Foreign Assets Control/i;
/** "the Departments of State and Treasury": the word closes a list of departments, the listed state's way. */
const DEPARTMENTS_BEFORE = /\bDepartments of [^.;]*$/;
const told = (registry: Registry, d: Draft): boolean =>
  d.mentions.some(
    (m) =>
      SANCTIONS_NEAR.test(registry.textAt(Math.max(0, m.start - 200), 400)) ||
      DEPARTMENTS_BEFORE.test(registry.textAt(Math.max(0, m.start - 60), Math.min(60, m.start))),
  );

/**
 * "the Treasury said borrowing rose" in a Kenyan story: a bare word that other states' bodies
 * share belongs to the state the article is about, even when the listed state is named too; not
 * where sanctions are told beside it ("Treasury sanctioned …" is the listed state's), nor beside
 * another body of the listed state.
 */
function settleSharedWord(registry: Registry, d: Draft, country: string, word: string): void {
  const about =
    articleCountry(registry) ?? (namesState(registry, country, d) ? undefined : onlyCountry(registry));
  if (!about || about.name === country || told(registry, d)) return;
  // "actions by the Departments of State and Treasury": beside another of the listed state's
  // bodies, the word is that state's
  if (hasSibling(registry, d, country)) return;
  d.body = word;
  d.owner = about.name;
  registry.rename(d, ownedName(about.name, word));
}

/** Another body the lists place in the same state (and whose name `named` accepts) is in the article. */
const hasSibling = (
  registry: Registry,
  d: Draft,
  country: string,
  named: (name: string) => boolean = () => true,
): boolean =>
  registry
    .all()
    .some(
      (o) => o !== d && o.type === 'Organization' && named(o.name) && listedBodyCountry(o.name) === country,
    );

const isDepartment = (name: string): boolean => /\bDepartment\b/.test(name);

/**
 * "the Treasury Department … the State Department designated": a department beside another of
 * the listed state's departments is that state's too (round 32). Not a legislature: "Congress"
 * and "the Senate" in a Philippine story are both the Philippines' (round 14).
 */
const siblingDepartment = (registry: Registry, d: Draft, country: string): boolean =>
  isDepartment(d.name) && hasSibling(registry, d, country, isDepartment);

/** How far before a bare body's mention the state it belongs to is looked for: its sentence and the one before. */
const STATE_WINDOW = 250;

/**
 * The article's leading state, when it is not the listed one and every mention of the bare body
 * has that state named shortly before it and the listed state not (nor a party of the bare name
 * in the article).
 */
function toldOfStoryState(registry: Registry, d: Draft, country: string): Draft | undefined {
  const about = articleCountry(registry);
  if (!about || about.name === country || d.category !== 'government') return undefined;
  // the listed state by any of its names or its capital, alone or opening a body's name ("U.S. Senate")
  const forms = [
    ...(COUNTRIES.find((c) => c.name === country)?.names ?? [country]),
    ...(CAPITALS.get(country) ?? []),
  ];
  const listed = new RegExp(`(?<![\\w.])(?:${forms.map(escapeRegex).join('|')})(?![\\w])`);
  // before the mention, or after it in its own sentence ("a note to the Foreign Ministry in Madrid")
  const listedNear = (at: number) => {
    const after = registry.textAt(at, STATE_WINDOW).split(/[.;!?](?:\s|$)/)[0];
    return listed.test(
      `${registry.textAt(Math.max(0, at - STATE_WINDOW), Math.min(STATE_WINDOW, at))} ${after}`,
    );
  };
  const bare = bareName(d, country);
  if (registry.all().some((o) => o !== d && o.category === 'political' && o.name.split(' ').at(-1) === bare))
    return undefined;
  const before = (o: Draft | undefined, at: number) =>
    !!o && o.mentions.some((n) => n.start < at && n.start >= at - STATE_WINDOW);
  return d.mentions.every((m) => before(about, m.start) && !listedNear(m.start)) ? about : undefined;
}

/** Once the article is read: bare listed bodies of a state the article never names are re-read. */
export function settleForeignListedBodies(registry: Registry): void {
  for (const d of registry.all()) {
    const country = d.type === 'Organization' ? listedBodyCountry(d.name) : undefined;
    if (!country) continue;
    const shared = sharedWord(d);
    if (shared) {
      settleSharedWord(registry, d, country, shared);
      continue;
    }
    const bare = bareName(d, country);
    if (namesState(registry, country, d) || siblingDepartment(registry, d, country)) {
      // "Y votes in May. Its opposition wants a majority in Congress.": the listed
      // state named elsewhere in passing, the body is still the story's state's (round 40)
      // Not a generic body this step did not list but qualify itself ("the Foreign Office" given
      // the dateline's state by qualifyBareBodies): its owner is settled (round 41, fresh news)
      const other = bare && d.body === undefined ? toldOfStoryState(registry, d, country) : undefined;
      if (!bare || !other || isDepartment(d.name)) continue;
      d.body = bare;
      d.owner = other.name;
      registry.rename(d, ownedName(other.name, bare));
      continue;
    }
    if (!bare) continue;
    // "Rahul Gandhi of the Congress party … Gandhi and Congress have alleged": the party.
    const party = registry
      .all()
      .find((o) => o !== d && o.category === 'political' && o.name.split(' ').at(-1) === bare);
    if (party) {
      registry.merge(d, party);
      continue;
    }
    const about = bareBodyOwner(registry, bare, () => articleCountry(registry) ?? onlyCountry(registry));
    if (!about) continue;
    d.body = bare;
    d.owner = about;
    registry.rename(d, ownedName(about, bare));
  }
}
