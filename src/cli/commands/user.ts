import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { findOrganisationByCreditCode } from '../../db/repositories/organisations.ts';
import { findParkByCode } from '../../db/repositories/parks.ts';
import type { Role } from '../../domain/access/actor.ts';
import { createUser } from '../../services/accounts/manage-users.ts';
import { ROLES } from '../../db/schema/users.ts';
import { systemContext } from '../../services/shared/context.ts';
import { openRuntime } from '../runtime.ts';
import { UsageError } from './parse.ts';

interface CreateOptions {
  email: string;
  name: string;
  role: string;
  organisation?: string;
  park?: string;
  password?: string;
  passwordStdin?: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function registerUser(program: Command) {
  const user = program.command('user').description('User accounts');
  user
    .command('create')
    .description('Create a user with one role in one organisation')
    .requiredOption('--email <email>', 'sign-in e-mail')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--organisation <id|creditCode>', 'the organisation (institution, enterprise or the platform)')
    .option('--park <code>', 'for a park administrator: the park code, e.g. zhangjiang')
    .option('--password <password>', 'initial password (prefer --password-stdin; a random one is printed when neither is given)')
    .option('--password-stdin', 'read the initial password from standard input')
    .action(async (options: CreateOptions) => {
      if (!(ROLES as readonly string[]).includes(options.role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
      const password = options.password ?? (options.passwordStdin ? await readStdin() : randomBytes(12).toString('base64url'));
      const runtime = await openRuntime();
      try {
        const db = runtime.database.db;
        let organisationId: string | undefined;
        let parkId: string | undefined;
        if (options.organisation) {
          organisationId = UUID.test(options.organisation) ? options.organisation : (await findOrganisationByCreditCode(db, options.organisation.toUpperCase()))?.id;
          if (!organisationId) throw new Error(`No organisation with id or credit code ${options.organisation}`);
        }
        if (options.park) {
          parkId = (await findParkByCode(db, options.park))?.id;
          if (!parkId) throw new Error(`No park with code ${options.park}`);
        }
        const ctx = systemContext(runtime);
        const created = await createUser(ctx, { email: options.email, displayName: options.name, password, role: options.role as Role, organisationId, parkId });
        console.log(`Created ${created.email} (${options.role} of ${created.memberships[0]?.organisationName}).`);
        if (!options.password && !options.passwordStdin) console.log(`Initial password: ${password}`);
      } finally {
        await runtime.database.close();
      }
    });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  if (text.length < 10) throw new UsageError('The password must be at least 10 characters');
  return text;
}
