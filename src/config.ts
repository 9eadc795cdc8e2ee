// The one place that reads the environment. Everything else receives a Config.
import { z } from 'zod';
import { parseSchedule, type JobSchedule } from './domain/jobs/schedule.ts';
import { DEFAULT_RANKING_WEIGHTS, validateWeights, type RankingWeights } from './domain/marketplace/ranking.ts';
import { DEFAULT_TIMEZONE, isTimeZone } from './domain/shared/business-time.ts';

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const EnvSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  KEJIN_DATA_DIR: z.string().min(1).default('./data'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  KEJIN_PUBLIC_URL: z.string().url().optional(),
  /** The IANA time zone of business dates and schedules ("today", deadlines, the nightly match). */
  KEJIN_TIMEZONE: z.string().refine(isTimeZone, 'must be an IANA time zone such as Asia/Shanghai').default(DEFAULT_TIMEZONE),
  KEJIN_MODE: z.enum(['demo', 'production']).default('demo'),
  KEJIN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  KEJIN_SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 90).default(12),
  KEJIN_LOGIN_MAX_ATTEMPTS: z.coerce.number().int().positive().default(10),
  KEJIN_LOGIN_WINDOW_SECONDS: z.coerce.number().int().positive().default(900),
  KEJIN_COOKIE_SECURE: booleanFlag.optional(),
  KEJIN_DB_POOL_MAX: z.coerce.number().int().positive().max(200).default(10),
  KEJIN_BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
  KEJIN_WEB_DIST: z.string().default('web/dist'),
  /** JSON {margin, preference, grade, cost, approval}: the matching engine's ranking weights. */
  KEJIN_MATCH_WEIGHTS: z.string().optional(),
  /** Time HH:MM in KEJIN_TIMEZONE of the nightly full match; "off" disables it. */
  KEJIN_MATCH_NIGHTLY_AT: z.union([z.literal('off'), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM or off')]).default('02:30'),
  /** How many top matches the full run stores per enterprise. */
  KEJIN_MATCH_TOP_N: z.coerce.number().int().min(1).max(100).default(10),
  /** SMTP server for e-mail notifications, e.g. smtp://user:pass@host:587 (smtps:// for TLS); unset: no e-mail. */
  KEJIN_SMTP_URL: z
    .string()
    .url('must be a URL like smtp://user:password@host:587')
    .refine((v) => URL.canParse(v) && /^smtps?:$/.test(new URL(v).protocol), 'must start with smtp:// or smtps://')
    .optional(),
  /** pg-boss's schema on PostgreSQL (the job system's queue tables). */
  KEJIN_JOBS_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a lower-case SQL identifier').default('pgboss'),
  /** How often idle job workers look for work on PostgreSQL, in seconds (at least 0.5). */
  KEJIN_JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  /** When the workflow sweep runs: "every 6h", "every 30 min", "daily 01:00", or "off". */
  KEJIN_SWEEP_SCHEDULE: z.string().refine((v) => v === 'off' || isSchedule(v), 'HH:MM, "daily HH:MM", "every N h|min|s" or off').default('every 6h'),
  /** When every published programme's claims are recomputed for the year to date (免申即享). */
  KEJIN_SUBSIDY_SCHEDULE: z.string().refine((v) => v === 'off' || isSchedule(v), 'HH:MM, "daily HH:MM", "every N h|min|s" or off').default('daily 02:30'),
  /** The From of notification e-mails. */
  KEJIN_MAIL_FROM: z.string().trim().min(3).max(200).default('Kejin <no-reply@kejin.local>'),
});

export type DatabaseConfig =
  | { driver: 'pglite'; dataDir: string }
  | { driver: 'pg'; url: string; poolMax: number };

export interface Config {
  database: DatabaseConfig;
  host: string;
  port: number;
  publicUrl: string | undefined;
  /** The IANA zone business dates and schedules are in. */
  timezone: string;
  mode: 'demo' | 'production';
  logLevel: z.infer<typeof EnvSchema>['KEJIN_LOG_LEVEL'];
  session: { ttlMs: number; cookieSecure: boolean };
  loginLimit: { maxAttempts: number; windowMs: number };
  bodyLimitBytes: number;
  webDist: string;
  matching: { weights: RankingWeights; nightlyAt: string | null; topN: number };
  /** E-mail notifications: off when smtpUrl is null. webUrl is where the e-mails' links point. */
  mail: { smtpUrl: string | null; from: string; webUrl: string };
  /** Background jobs: pg-boss's schema and polling (PostgreSQL), the sweep's and the subsidy runs' schedules (null: off). */
  jobs: { schema: string; pollSeconds: number; sweep: JobSchedule | null; subsidy: JobSchedule | null };
}

const isSchedule = (text: string) => {
  try {
    parseSchedule(text);
    return true;
  } catch {
    return false;
  }
};

export class ConfigError extends Error {}

/**
 * The origin links in signed documents point to: KEJIN_PUBLIC_URL when set, otherwise this server at the
 * port it actually listens on (`listeningPort`, e.g. after `--port 4000` or PORT=0), else the configured one.
 * Never a request's Host header, which anyone can set.
 */
export function serverOrigin(config: Pick<Config, 'publicUrl' | 'host' | 'port'>, listeningPort?: number): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/+$/, '');
  const wildcard = ['0.0.0.0', '::', ''].includes(config.host);
  const host = wildcard ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
  return `http://${host}:${listeningPort ?? config.port}`;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL= npm start`) means "not set".
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    database: e.DATABASE_URL
      ? { driver: 'pg', url: e.DATABASE_URL, poolMax: e.KEJIN_DB_POOL_MAX }
      : { driver: 'pglite', dataDir: e.KEJIN_DATA_DIR },
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.KEJIN_PUBLIC_URL,
    timezone: e.KEJIN_TIMEZONE,
    mode: e.KEJIN_MODE,
    logLevel: e.KEJIN_LOG_LEVEL,
    session: {
      ttlMs: e.KEJIN_SESSION_TTL_HOURS * 3600_000,
      cookieSecure: e.KEJIN_COOKIE_SECURE ?? (e.KEJIN_PUBLIC_URL?.startsWith('https://') ?? false),
    },
    loginLimit: { maxAttempts: e.KEJIN_LOGIN_MAX_ATTEMPTS, windowMs: e.KEJIN_LOGIN_WINDOW_SECONDS * 1000 },
    bodyLimitBytes: e.KEJIN_BODY_LIMIT_BYTES,
    webDist: e.KEJIN_WEB_DIST,
    matching: { weights: parseWeights(e.KEJIN_MATCH_WEIGHTS), nightlyAt: e.KEJIN_MATCH_NIGHTLY_AT === 'off' ? null : e.KEJIN_MATCH_NIGHTLY_AT, topN: e.KEJIN_MATCH_TOP_N },
    mail: { smtpUrl: e.KEJIN_SMTP_URL ?? null, from: e.KEJIN_MAIL_FROM, webUrl: e.KEJIN_PUBLIC_URL ?? `http://localhost:${e.PORT}` },
    jobs: { schema: e.KEJIN_JOBS_SCHEMA, pollSeconds: e.KEJIN_JOBS_POLL_SECONDS, sweep: e.KEJIN_SWEEP_SCHEDULE === 'off' ? null : parseSchedule(e.KEJIN_SWEEP_SCHEDULE), subsidy: e.KEJIN_SUBSIDY_SCHEDULE === 'off' ? null : parseSchedule(e.KEJIN_SUBSIDY_SCHEDULE) },
  };
}

const WeightsSchema = z.object({ margin: z.number(), preference: z.number(), grade: z.number(), cost: z.number(), approval: z.number() }).partial().strict();

function parseWeights(text: string | undefined): RankingWeights {
  if (!text) return DEFAULT_RANKING_WEIGHTS;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError('Invalid configuration:\n  KEJIN_MATCH_WEIGHTS: not JSON');
  }
  const parsed = WeightsSchema.safeParse(json);
  if (!parsed.success) throw new ConfigError(`Invalid configuration:\n  KEJIN_MATCH_WEIGHTS: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  const weights = { ...DEFAULT_RANKING_WEIGHTS, ...parsed.data };
  const problems = validateWeights(weights);
  if (problems.length) throw new ConfigError(`Invalid configuration:\n  KEJIN_MATCH_WEIGHTS: ${problems.join('; ')}`);
  return weights;
}
