import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Side } from '@tandem/domain';
import { Email, Password, PersonName } from '@tandem/protocol';
import { hashPassword } from '../auth';
import { ConfigError, loadConfig } from '../config';
import { openConfiguredStores } from '../persistence';

const USAGE = `usage: npm run admin -- create-owner --email EMAIL --name NAME
         [--organisation NAME] [--side school|enterprise] [--workspace NAME] [--password PASSWORD]

Creates the first owner of a workspace outside demo mode. Without --password a strong one is
generated and printed once. Uses DATA_DIR, or DATABASE_URL when set, like the server.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        organisation: { type: 'string', default: 'School' },
        side: { type: 'string', default: 'school' },
        workspace: { type: 'string', default: 'Professional group' },
        password: { type: 'string' },
      },
    });
  } catch (err) {
    // e.g. a value that starts with "-": say how to pass it instead of printing a stack trace.
    fail(
      `${err instanceof Error ? err.message : String(err)} (write --password=VALUE for values starting with "-")`,
    );
  }
}

async function createOwner(args: string[]): Promise<void> {
  const { values } = parseOptions(args);
  const email = Email.safeParse(values.email);
  const name = PersonName.safeParse(values.name);
  const side = Side.safeParse(values.side);
  const generated = values.password === undefined;
  const password = Password.safeParse(values.password ?? randomBytes(15).toString('base64url'));
  if (!email.success) fail('--email: a valid email address is required');
  if (!name.success) fail('--name: required');
  if (!side.success) fail('--side: school or enterprise');
  if (!password.success) fail(`--password: ${password.error.issues[0]?.message}`);

  const config = loadConfig();
  const { documents, accounts } = await openConfiguredStores(config);
  try {
    if (await accounts.findCredentials(email.data))
      fail(`an account for ${email.data} already exists`);
    const organisation = await accounts.createOrganisation(values.organisation!, side.data);
    const user = await accounts.createUser({
      email: email.data,
      name: name.data,
      passwordHash: await hashPassword(password.data),
      organisationId: organisation.id,
    });
    const workspace = await accounts.createWorkspace(values.workspace!);
    await accounts.setMember(workspace.id, user.id, 'owner');
    const where = config.databaseUrl ? 'the PostgreSQL database (DATABASE_URL)' : config.dataDir;
    process.stdout.write(
      `Created ${email.data} as owner of "${workspace.name}" in ${where}\n` +
        (generated ? `Password (shown once): ${password.data}\n` : ''),
    );
  } finally {
    await documents.close();
  }
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'create-owner') await createOwner(rest);
  else if (command === 'help' || command === '--help' || command === '-h')
    process.stdout.write(`${USAGE}\n`);
  else fail(command ? `unknown command: ${command}` : 'a command is required');
} catch (err) {
  if (err instanceof ConfigError) fail(err.message);
  throw err;
}
