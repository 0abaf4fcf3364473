import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const c = loadConfig({}, '/srv/tandem');
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: path.resolve('/srv/tandem/data'),
      redisUrl: undefined,
      logLevel: 'info',
      demo: true,
      historyMergeAfterMs: 0,
      historyMergeEveryMs: 3_600_000,
      historyAutoIdleMs: 60_000,
      historyAutoMaxIntervalMs: 600_000,
    });
  });

  it('stores in PostgreSQL when DATABASE_URL names one, and refuses another kind', () => {
    expect(loadConfig({}).databaseUrl).toBeUndefined();
    const url = 'postgresql://tandem:secret@db.example.edu:5432/tandem';
    expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db/tandem' })).toThrow(/DATABASE_URL/);
  });

  it('[H2] reads when automatic versions are made, and refuses nonsense', () => {
    expect(
      loadConfig({
        TANDEM_HISTORY_AUTO_IDLE_SECONDS: '20',
        TANDEM_HISTORY_AUTO_EVERY_MINUTES: '5',
      }),
    ).toMatchObject({ historyAutoIdleMs: 20_000, historyAutoMaxIntervalMs: 300_000 });
    expect(() => loadConfig({ TANDEM_HISTORY_AUTO_IDLE_SECONDS: '0' })).toThrow(
      /TANDEM_HISTORY_AUTO_IDLE_SECONDS/,
    );
  });

  it('[H15] reads the history merge window and granularity, and refuses nonsense', () => {
    const c = loadConfig({
      TANDEM_HISTORY_MERGE_AFTER_DAYS: '30',
      TANDEM_HISTORY_MERGE_EVERY_MINUTES: '15',
    });
    expect(c).toMatchObject({ historyMergeAfterMs: 30 * 86_400_000, historyMergeEveryMs: 900_000 });
    let error: unknown;
    try {
      loadConfig({
        TANDEM_HISTORY_MERGE_AFTER_DAYS: '-1',
        TANDEM_HISTORY_MERGE_EVERY_MINUTES: '0',
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/TANDEM_HISTORY_MERGE_AFTER_DAYS/);
    expect(problems).toMatch(/TANDEM_HISTORY_MERGE_EVERY_MINUTES/);
  });

  it('reads how much heap growth a quiet moment hands back, 0 for never, and refuses nonsense', () => {
    expect(loadConfig({}).maxSocketsPerUser).toBe(64);
    expect(loadConfig({ TANDEM_MAX_SOCKETS_PER_USER: '0' }).maxSocketsPerUser).toBe(0);
    expect(() => loadConfig({ TANDEM_MAX_SOCKETS_PER_USER: '-1' })).toThrow(
      /TANDEM_MAX_SOCKETS_PER_USER/,
    );
    expect(loadConfig({}).quietGcBytes).toBe(12 * 1024 * 1024);
    expect(loadConfig({ TANDEM_QUIET_GC_MIB: '64' }).quietGcBytes).toBe(64 * 1024 * 1024);
    expect(loadConfig({ TANDEM_QUIET_GC_MIB: '0' }).quietGcBytes).toBe(0);
    for (const bad of ['-1', '1.5', 'lots']) {
      expect(() => loadConfig({ TANDEM_QUIET_GC_MIB: bad })).toThrow(/TANDEM_QUIET_GC_MIB/);
    }
  });

  it('reads every variable and treats empty values as unset', () => {
    const c = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/lib/tandem',
        REDIS_URL: 'redis://cache:6379',
        LOG_LEVEL: 'warn',
        TANDEM_DEMO: '0',
        TANDEM_ROOM_IDLE_MS: '',
      },
      '/',
    );
    expect(c).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/var/lib/tandem',
      redisUrl: 'redis://cache:6379',
      logLevel: 'warn',
      demo: false,
      roomIdleMs: 30_000,
      roomRestMs: 1_000,
    });
  });

  it('names every bad value at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', REDIS_URL: 'localhost:6379', TANDEM_DEMO: 'maybe' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/REDIS_URL: must start with redis:\/\//);
    expect(problems).toMatch(/TANDEM_DEMO/);
  });
});
