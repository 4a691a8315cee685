// Applies cypher/schema.cypher (constraints and indexes, all IF NOT EXISTS), waits until
// the indexes are online, and gives a graph written by an older newsgraph the running
// aggregates writes now keep (upgrade-tallies.ts) and temporal dates (upgrade-dates.ts). Run at the start of every ingest; a second
// run changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { upgradeDates } from './upgrade-dates';
import { upgradeTallies } from './upgrade-tallies';

/** Both src/graph (ts-jest) and dist/graph (built) sit two levels under the project root. */
export const SCHEMA_FILE = path.resolve(__dirname, '../../cypher/schema.cypher');

/** The statements of a .cypher file: `//` comments dropped, split on `;`. */
export function cypherStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function migrate(driver: Driver, { database }: { database?: string } = {}): Promise<void> {
  const statements = cypherStatements(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  const session = driver.session({ database });
  try {
    for (const statement of statements) {
      // Two ingests starting together may race on the same IF NOT EXISTS; one retry settles it.
      await session.run(statement).catch(() => session.run(statement));
    }
    await session.run('CALL db.awaitIndexes(300)');
    await upgradeTallies(session);
    await upgradeDates(session);
  } finally {
    await session.close();
  }
}
