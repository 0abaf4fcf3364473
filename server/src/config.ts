import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/**
 * The one place that reads `process.env`. Every field is documented here and in the README's
 * configuration table; a bad value stops the start with a message naming the variable.
 */
const booleanish = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const EnvSchema = z.object({
  /** TCP port for HTTP, WebSocket sync and socket.io. 0 picks a free port. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface to bind. Use 0.0.0.0 in a container. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Directory for the SQLite file and anything else kept on disk. */
  DATA_DIR: z.string().min(1).default('./data'),
  /**
   * Optional PostgreSQL for every store (documents, history, accounts, sessions, inboxes), e.g.
   * postgresql://tandem:secret@db.example.edu:5432/tandem, so several nodes share one database;
   * its schema is migrated at start. Absent: SQLite in DATA_DIR, the embedded default.
   */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Optional Redis for multi-node presence; absent means single node. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Demo mode seeds a demo workspace on a fresh data dir. `0` for production. */
  TANDEM_DEMO: booleanish.default(true),
  /** Where the built web app lives; served with SPA fallback when it exists. */
  TANDEM_WEB_DIST: z.string().min(1).optional(),
  /** Largest accepted sync frame, in bytes. Larger frames close the socket with 1009. */
  TANDEM_MAX_MESSAGE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(256 * 1024 * 1024)
    .default(16 * 1024 * 1024),
  /**
   * Sync sockets one person may hold open on a node (one per open document tab), the next
   * closed with 4429; and as many socket.io connections (one per tab). 0: no limit.
   */
  TANDEM_MAX_SOCKETS_PER_USER: z.coerce.number().int().min(0).default(64),
  /** How long a document with no connections stays in memory before it is unloaded. */
  TANDEM_ROOM_IDLE_MS: z.coerce.number().int().min(0).default(30_000),
  /**
   * How long a small document (up to 32 KiB encoded) that people have open but nobody is
   * changing keeps its live Y.Doc before the room holds it encoded; larger ones wait longer in
   * proportion, up to a minute. 0: never.
   */
  TANDEM_ROOM_REST_MS: z.coerce.number().int().min(0).default(1_000),
  /**
   * Heap growth (MiB) after which, once the server has been quiet for a second, one compacting
   * collection hands the burst's memory back to the OS (runtime/QuietCollector). 0: never.
   */
  TANDEM_QUIET_GC_MIB: z.coerce.number().int().min(0).max(65_536).default(12),
  /** Updates logged since the last checkpoint that trigger a background checkpoint. */
  TANDEM_CHECKPOINT_EVERY: z.coerce.number().int().min(1).default(500),
  /**
   * History retention (H15): logged updates older than this many days are merged into coarser
   * checkpoints, keeping every version. 0 (the default) keeps every update forever.
   */
  TANDEM_HISTORY_MERGE_AFTER_DAYS: z.coerce.number().int().min(0).max(36_500).default(0),
  /** Automatic versions (H2): made when no edit has come for this many seconds… */
  TANDEM_HISTORY_AUTO_IDLE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  /** …and at least this often, in minutes, while editing goes on. */
  TANDEM_HISTORY_AUTO_EVERY_MINUTES: z.coerce.number().int().min(1).max(1440).default(10),
  /** Granularity of merged history in minutes: one point kept per period, plus every version. */
  TANDEM_HISTORY_MERGE_EVERY_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 366)
    .default(60),
  /** How long a sign-in lasts (cookie and bearer token), in hours. */
  TANDEM_SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 365)
    .default(24 * 14),
  /** How long an invitation link stays valid, in hours. */
  TANDEM_INVITE_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(24 * 7),
  /**
   * The address people use to reach Tandem; the base of every link in mail (invitations,
   * address confirmation, password reset). Required when TANDEM_DEMO=0 and SMTP_URL is set.
   * Unset: the first TANDEM_ALLOWED_ORIGINS entry, else the address the server listens on —
   * never a request's Host header.
   */
  TANDEM_PUBLIC_URL: z.url().optional(),
  /** Extra origins allowed to open sync sockets with a session cookie (comma-separated). */
  TANDEM_ALLOWED_ORIGINS: z.string().default(''),
  /**
   * Which proxies in front of Tandem to believe about the client's address (X-Forwarded-For)
   * and protocol: `0`/`false` none; `1`/`true` exactly one hop (the proxy in front); a number
   * of hops; or a comma-separated list of proxy addresses and CIDR ranges
   * (`10.0.0.0/8,192.168.1.5`, or `loopback`, `linklocal`, `uniquelocal`). Never "all": the
   * leftmost X-Forwarded-For entries are whatever the client wrote.
   */
  TANDEM_TRUST_PROXY: z
    .string()
    .default('0')
    .transform((v, ctx) => {
      const parsed = parseTrustProxy(v);
      if (parsed === null) {
        ctx.addIssue({
          code: 'custom',
          message:
            'must be 0, 1, true, false, a hop count, or comma-separated IP addresses / CIDR ranges',
        });
        return z.NEVER;
      }
      return parsed;
    }),
  /** Optional SMTP server for invitation mail, e.g. smtp://user:pass@mail.example.com:587. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  /** The From address of invitation mail. */
  SMTP_FROM: z.string().default('Tandem <no-reply@tandem.local>'),
  /**
   * Folder with the Noto CJK fonts PDF exports are set in. Unset: where Debian's
   * `fonts-noto-cjk` (and Alpine's, Fedora's) put them. Without them PDF export answers 503.
   */
  TANDEM_PDF_FONT_DIR: z.string().min(1).optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL for every store; undefined: SQLite in `dataDir`. */
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  demo: boolean;
  webDist: string;
  maxMessageBytes: number;
  /** Sync sockets, and socket.io connections, per person per node; 0: no limit. */
  maxSocketsPerUser: number;
  roomIdleMs: number;
  roomRestMs: number;
  /** Heap growth in bytes that a quiet moment collects; 0: off. */
  quietGcBytes: number;
  checkpointEvery: number;
  historyAutoIdleMs: number;
  historyAutoMaxIntervalMs: number;
  /** 0 keeps every logged update forever (H15). */
  historyMergeAfterMs: number;
  historyMergeEveryMs: number;
  sessionTtlMs: number;
  inviteTtlMs: number;
  publicUrl: string | undefined;
  allowedOrigins: string[];
  /** For Fastify's `trustProxy`: false, a hop count, or addresses and CIDR ranges. */
  trustProxy: TrustProxy;
  smtpUrl: string | undefined;
  smtpFrom: string;
  /** Undefined: the distributions' usual font folders. */
  pdfFontDir: string | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws a ConfigError listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const withoutEmpty = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = EnvSchema.safeParse(withoutEmpty);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || 'env'}: ${i.message}`),
    );
  }
  const e = parsed.data;
  if (!e.TANDEM_DEMO && e.SMTP_URL && !e.TANDEM_PUBLIC_URL) {
    throw new ConfigError([
      'TANDEM_PUBLIC_URL: required when TANDEM_DEMO=0 and SMTP_URL is set — the address people ' +
        'use to reach Tandem (e.g. https://tandem.example.edu), used in every link Tandem mails',
    ]);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(cwd, e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    logLevel: e.LOG_LEVEL,
    demo: e.TANDEM_DEMO,
    webDist: path.resolve(cwd, e.TANDEM_WEB_DIST ?? defaultWebDist()),
    maxMessageBytes: e.TANDEM_MAX_MESSAGE_BYTES,
    maxSocketsPerUser: e.TANDEM_MAX_SOCKETS_PER_USER,
    roomIdleMs: e.TANDEM_ROOM_IDLE_MS,
    roomRestMs: e.TANDEM_ROOM_REST_MS,
    quietGcBytes: e.TANDEM_QUIET_GC_MIB * 1024 * 1024,
    checkpointEvery: e.TANDEM_CHECKPOINT_EVERY,
    historyAutoIdleMs: e.TANDEM_HISTORY_AUTO_IDLE_SECONDS * 1000,
    historyAutoMaxIntervalMs: e.TANDEM_HISTORY_AUTO_EVERY_MINUTES * 60_000,
    historyMergeAfterMs: e.TANDEM_HISTORY_MERGE_AFTER_DAYS * 86_400_000,
    historyMergeEveryMs: e.TANDEM_HISTORY_MERGE_EVERY_MINUTES * 60_000,
    sessionTtlMs: e.TANDEM_SESSION_TTL_HOURS * 3_600_000,
    inviteTtlMs: e.TANDEM_INVITE_TTL_HOURS * 3_600_000,
    publicUrl: e.TANDEM_PUBLIC_URL?.replace(/\/$/, ''),
    allowedOrigins: e.TANDEM_ALLOWED_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    trustProxy: e.TANDEM_TRUST_PROXY,
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    pdfFontDir: e.TANDEM_PDF_FONT_DIR && path.resolve(cwd, e.TANDEM_PDF_FONT_DIR),
  };
}

export type TrustProxy = false | number | string[];

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** `1`/`true` is one hop, as documented; null for anything that is not a valid setting. */
export function parseTrustProxy(value: string): TrustProxy | null {
  const v = value.trim().toLowerCase();
  if (v === '0' || v === 'false') return false;
  if (v === 'true') return 1;
  if (/^\d+$/.test(v)) return Math.min(Number(v), 100);
  const entries = v
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const valid = (entry: string) => {
    if (PROXY_NAMES.has(entry)) return true;
    const [ip, bits, extra] = entry.split('/');
    if (extra !== undefined || !ip) return false;
    const family = net.isIP(ip);
    if (family === 0) return false;
    if (bits === undefined) return true;
    const n = Number(bits);
    return /^\d+$/.test(bits) && n <= (family === 4 ? 32 : 128);
  };
  return entries.length > 0 && entries.every(valid) ? entries : null;
}

function defaultWebDist(): string {
  return path.resolve(import.meta.dirname, '../../web/dist');
}
