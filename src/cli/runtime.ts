// What every command needs: configuration, an open database, and a clean exit.
import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { installMailDelivery } from '../services/notifications/delivery.ts';
import { installBuiltInRuleSets } from '../services/profile/rule-sets.ts';
import { CalendarStore } from '../services/workflow/calendar-store.ts';
import { installBuiltInLprFixings } from '../services/workflow/lpr.ts';
import { installExpertModel } from '../services/rating/score-enterprises.ts';

export interface Runtime {
  config: Config;
  database: Database;
}

export async function openRuntime(options: { migrate?: boolean } = {}): Promise<Runtime> {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    if (options.migrate ?? true) {
      await migrate(database);
      await installBuiltInRuleSets(database);
      await installExpertModel(database);
      await installBuiltInLprFixings(database, new CalendarStore());
    }
  } catch (err) {
    await database.close();
    throw err;
  }
  // With e-mail configured, commands that notify (the workflow sweep) write their e-mails into
  // the outbox too; the server's mail job sends them (its schedule finds them due).
  if (config.mail.smtpUrl) installMailDelivery({ webUrl: config.mail.webUrl, flush: async () => ({ sent: 0, failed: 0 }), flushSoon: () => {} });
  return { config, database };
}

/** Where the database is, for messages (never the password of a server URL). */
export function describeDatabase(config: Config): string {
  if (config.database.driver === 'pglite') return `PGlite (embedded) in ${config.database.dataDir}`;
  const url = new URL(config.database.url);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}
