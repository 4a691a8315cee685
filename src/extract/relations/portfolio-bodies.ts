// A minister or secretary heads the ministry of their portfolio: "French Defense Minister X"
// LEADS the "French Defense Ministry" where the article names that ministry, in place of the
// bare MEMBER_OF the country that the title rules read; a deputy ("Deputy Foreign Minister")
// belongs to the ministry. The title is the run of capitalised words written before the name.
import type { Entity, Relation } from '../../model';
import { PORTFOLIO_BODIES } from '../lexicon/portfolios';
import type { Candidate } from './apply-rules';
import { lastNamedAt, namesCountry } from './names-country';
import type { TitleContext } from './national-titles';

/** The capitalised title words right before a name: "… said French Defense Minister ". */
const TITLE_RUN =
  /(?:(?:[A-Z][\w.-]*|of|for|the) )*(?:Minister|Secretary|Attorney General) (?:(?:[A-Z][\w.-]*) ){0,4}$/;
/**
 * "Secretary of Defense X", "Under Secretary of Commerce for Industry and Security X", "Assistant
 * Secretary of the Treasury X": a department's secretary or a deputy, the portfolio written after
 * "of" and a deputy's own remit after "for". The secretary heads the department where the article
 * names it (round-13 re-adjudication; round-14 conventions, titles that name no country).
 */
const SECRETARY_OF_RUN =
  /\b(?:(?:Acting|Principal|Senior) )*(?:(?:Deputy|Assistant|Under|Associate)(?: [A-Z][\w.-]*)* )?Secretary of (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?(?= )(?: for (?:(?:[A-Z][\w.-]*|and|of|the) ){1,8}| )$/;
/**
 * "Assistant Attorney General for National Security X", "… for the Criminal Division X": the
 * remit after "for" is a division of the Justice Department (round-13 conventions, a title of a
 * named body), the division the article names with those words where it does.
 */
const ATTORNEY_REMIT_RUN =
  /\b(?:(?:Acting|Principal|Deputy) )*Assistant Attorney General for (?:the )?((?:[A-Z][\w-]*|and|of)(?: (?:[A-Z][\w-]*|and|of)){0,5}) $/;
const ATTORNEY_GENERAL = 'Attorney General ';
/** The reason of a minister's or secretary's fact on the ministry of the portfolio. */
export const PORTFOLIO_BODY = 'title:portfolio-body';
const DEPUTY = /\b(?:Deputy|Vice|Assistant|Under|Junior|Associate)\b/;
// "Foreign Office", "Home Office", but not the "Office of Foreign Assets Control".
const MINISTRY = /\b(?:Ministry|Department|Pentagon)\b|\bOffice$/;

/** The article's country whose name or alias the text ends on, as a whole word. */
function countryEndingAt(prefix: string, { countries }: TitleContext): Entity | undefined {
  return [...countries.values()].find((c) =>
    [c.name, ...c.aliases].some(
      (form) => prefix.endsWith(form) && !/\w/.test(prefix.charAt(prefix.length - form.length - 1)),
    ),
  );
}

/** The text before the title, up to it, with the space between them gone. */
const beforeTitle = (before: string, title: string): string =>
  before.slice(0, before.length - title.length).trimEnd();

/**
 * The title is written with a country right before it: "U.S. Secretary of Defense X", "the
 * American Secretary of State X" (the article's forms of the country, which hold "U.S."). Such a
 * head keeps the country; "Secretary of Defense X" alone names none (round-15 conventions).
 */
const writtenCountry = (before: string, title: string, context: TitleContext): Entity | undefined =>
  countryEndingAt(beforeTitle(before, title), context);

/**
 * "Pakistan's Foreign Minister X": the country in the possessive right before the title owns its
 * ministry, even where the article's dominant country is another ("the Chinese Foreign Office").
 */
function possessiveCountry(before: string, title: string, context: TitleContext): Entity | undefined {
  const prefix = beforeTitle(before, title);
  const possessive = /['’]s?$/.exec(prefix);
  return possessive ? countryEndingAt(prefix.slice(0, possessive.index), context) : undefined;
}

/** The capitalised words (and their joins) that open a person's run of titles: "Chinese State Councilor and". */
const TITLES_OPENING = /(?:(?:[A-Z][\w.-]*|of|for|the|and)(?: |$))+$/;

/**
 * "Chinese State Councilor and Foreign Minister X": a country named earlier in the same run of
 * titles owns the portfolio too, so his ministry is none that names no country; the nearest one
 * to the title where the run names two.
 */
function countryOpeningTitles(
  before: string,
  title: string,
  { countries }: TitleContext,
): Entity | undefined {
  const run = TITLES_OPENING.exec(beforeTitle(before, title))?.[0];
  if (!run) return undefined;
  let nearest: { country: Entity; at: number } | undefined;
  for (const country of countries.values()) {
    const at = lastNamedAt(run, country);
    if (at >= 0 && (!nearest || at > nearest.at)) nearest = { country, at };
  }
  return nearest?.country;
}

/**
 * The country a title is written with: "Pakistan's Foreign Minister X", "Chinese State Councilor
 * and Foreign Minister X", and for a secretary also "Philippine Secretary of National Defense X",
 * whose department is then none of another state's.
 */
const ownerWritten = (
  before: string,
  title: string,
  secretary: string | undefined,
  context: TitleContext,
): Entity | undefined =>
  possessiveCountry(before, title, context) ??
  (secretary ? writtenCountry(before, secretary, context) : countryOpeningTitles(before, title, context));

/** A body's name holds the country: its name, a demonym, or a form the article gives it ("U.S."). */
const namedWith = (name: string, country: Entity): boolean =>
  namesCountry(name, country) || country.aliases.some((form) => ` ${name} `.includes(` ${form} `));

/**
 * The ministry of the title before a person, among the article's bodies, if exactly one fits.
 * `across`: the countries the sentence sets the person against or beside ("Foreign Minister X
 * met his ⟦Chinese⟧ counterpart"), whose ministry is not the person's (round 34).
 */
function ministryOf(
  title: string,
  { entities, dominant }: TitleContext,
  owner?: Entity,
  across: (country: Entity) => boolean = () => false,
): Entity | undefined {
  const portfolio = PORTFOLIO_BODIES.find((p) => p.title.test(title));
  if (!portfolio) return undefined;
  const countries = entities.filter((e) => e.type === 'Country');
  const titleCountry = owner ?? countries.find((c) => namesCountry(title, c));
  const bodies = entities.filter(
    (e) =>
      e.type === 'Organization' &&
      e.category === 'government' &&
      MINISTRY.test(e.name) &&
      portfolio.body.test(e.name) &&
      // the body of the title's country; without one, a body that names no country or the
      // dominant one (a title without its country is the dominant country's, as the national
      // titles read it: "the U.S. Commerce Department … Under Secretary of Commerce X")
      (titleCountry
        ? namedWith(e.name, titleCountry)
        : !countries.some((c) => (c !== dominant || across(c)) && namesCountry(e.name, c))),
  );
  return bodies.length === 1 ? bodies[0] : undefined;
}

/** The article's body named by a deputy attorney general's remit ("National Security" → "National Security Division"). */
function divisionOfRemit(remit: string, { entities }: TitleContext): Entity | undefined {
  const divisions = entities.filter(
    (e) => e.type === 'Organization' && e.category === 'government' && e.name.startsWith(remit),
  );
  return divisions.length === 1 ? divisions[0] : undefined;
}

/**
 * A person's title facts of the sentence, given to the ministry of their portfolio where named.
 * `sides`: "subject|object" pairs the sentence sets against or beside each other.
 */
export function portfolioBodies(
  candidates: Candidate[],
  context: TitleContext,
  sides: ReadonlySet<string> = new Set(),
): Candidate[] {
  const { slots, sentence } = context;
  // A person the sentence already places in a body ("X of the Y's Z Division") keeps that body.
  const placed = new Set(
    candidates
      .filter((c) => /^(?:MEMBER_OF|LEADS)$/.test(c.predicate) && c.object.type === 'Organization')
      .map((c) => c.subject.id),
  );
  const moved = new Set<string>(placed);
  /**
   * "U.S. Secretary of Defense X", "Deputy U.S. Attorney General X": a department's head or an
   * attorney general keeps the country the title is written with; "Secretary of Defense X" keeps
   * none (test/gold/README.md, round 15).
   */
  const keptCountries = new Map<string, string>();
  const added: Candidate[] = [];
  for (const slot of slots) {
    if (slot.entity.type !== 'Person' || moved.has(slot.entity.id)) continue;
    const before = sentence.text.slice(
      Math.max(0, slot.mention.start - sentence.start - 80),
      slot.mention.start - sentence.start,
    );
    // the portfolio is the deputy's department, not their remit after "for"
    const remit = ATTORNEY_REMIT_RUN.exec(before);
    const run = remit ? 'Assistant Attorney General ' : TITLE_RUN.exec(before)?.[0];
    const secretary = run ? undefined : SECRETARY_OF_RUN.exec(before)?.[0];
    const title = run ?? secretary?.replace(/ for .*$/, ' ');
    const ministry =
      (remit && divisionOfRemit(remit[1], context)) ||
      (title
        ? ministryOf(title, context, ownerWritten(before, title, secretary, context), (country) =>
            sides.has(`${slot.entity.id}|${country.id}`),
          )
        : undefined);
    if (!title || !ministry) continue;
    moved.add(slot.entity.id);
    // "Deputy U.S. Attorney General X" keeps the country written in the title too (round 15)
    const country =
      secretary && !DEPUTY.test(title)
        ? writtenCountry(before, secretary, context)
        : run?.endsWith(ATTORNEY_GENERAL)
          ? writtenCountry(run, ATTORNEY_GENERAL, context)
          : undefined;
    if (country) keptCountries.set(slot.entity.id, country.id);
    added.push({
      subject: slot.entity,
      predicate: DEPUTY.test(title) ? 'MEMBER_OF' : 'LEADS',
      object: ministry,
      confidence: 0.7,
      reason: PORTFOLIO_BODY,
      inferredObject: false,
    });
  }
  const kept = candidates.filter(
    (c) =>
      placed.has(c.subject.id) ||
      keptCountries.get(c.subject.id) === c.object.id ||
      !(
        moved.has(c.subject.id) &&
        c.predicate === 'MEMBER_OF' &&
        c.object.type === 'Country' &&
        c.reason.startsWith('title:')
      ),
  );
  return [...kept, ...added];
}

/**
 * One minister heads a ministry: where the article gives a ministry to two people through their
 * bare titles ("The Xian Foreign Ministry said Foreign Minister A … According to the Yian readout,
 * Foreign Minister B …"), the one the article named first keeps it, and the later one is some
 * other state's minister (no ministry at all is better than the wrong one).
 */
export function withoutSecondMinisters(relations: Relation[]): Relation[] {
  const first = new Map<string, Relation>();
  for (const r of relations)
    if (r.reason === PORTFOLIO_BODY && r.predicate === 'LEADS') {
      const held = first.get(r.objectId);
      if (!held || r.start < held.start) first.set(r.objectId, r);
    }
  return relations.filter(
    (r) =>
      r.reason !== PORTFOLIO_BODY ||
      r.predicate !== 'LEADS' ||
      first.get(r.objectId)?.subjectId === r.subjectId,
  );
}
