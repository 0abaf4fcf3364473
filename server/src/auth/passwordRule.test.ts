import { describe, expect, it } from 'vitest';
import { judgePassword } from './passwordRule';
import { DEMO_ACCOUNTS } from './seedDemo';

describe('judgePassword', () => {
  it.each(['aaaaaaaaaa', 'password123!', 'qwertyuiop', '1234567890', 'Password2024'])(
    'refuses %s',
    async (password) => {
      expect(await judgePassword(password)).toMatchObject({
        ok: false,
        reason: expect.any(String),
      });
    },
  );

  it('refuses a password built from the person’s own address or name', async () => {
    expect((await judgePassword('zhangmin2024', ['zhang.min@jd.example', '张敏'])).ok).toBe(false);
  });

  it('accepts passphrases, the demo accounts’ passwords and the test fixtures’', async () => {
    for (const p of [
      'a long enough secret',
      'a good long password',
      'correct horse battery',
      'a fresh unguessable phrase',
      ...DEMO_ACCOUNTS.map((a) => a.password),
    ]) {
      expect(await judgePassword(p, ['someone@test.local'])).toEqual({ ok: true });
    }
  });
});
