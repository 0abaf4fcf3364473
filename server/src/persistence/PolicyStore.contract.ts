import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Stores } from './openStores';
import type { PolicyChange, PolicyStore } from './PolicyStore';

/** Adopted policy versions, every driver. */
export function describePolicyStoreContract(name: string, open: () => Stores): void {
  describe(`PolicyStore contract: ${name}`, () => {
    let stores: Stores;
    let policies: PolicyStore;
    let owner: string;
    const change = (profileId: string, hours: number): PolicyChange => ({
      override: { maxWeeklyHours: hours } as PolicyChange['override'],
      profileId,
      changedBy: owner,
      changedAt: 1000 + hours,
    });
    const initial: PolicyChange = { ...change('national', 0), changedBy: null, changedAt: 1 };

    beforeEach(async () => {
      stores = open();
      policies = stores.accounts.sideStores().policies;
      const org = await stores.accounts.createOrganisation('College', 'school');
      owner = (
        await stores.accounts.createUser({
          email: 'owner@test.local',
          name: 'Owner',
          passwordHash: 'x',
          organisationId: org.id,
        })
      ).id;
    });
    afterEach(async () => {
      await stores.documents.close();
    });

    it('records version 0 with the first adopted version, then appends in order', async () => {
      expect(await policies.latest('map')).toBeNull();
      expect(await policies.list('map')).toEqual([]);
      const first = await policies.append('map', 0, change('provincial', 30), initial);
      expect(first).toEqual({ ...change('provincial', 30), docId: 'map', version: 1 });
      const second = await policies.append('map', 1, change('provincial', 28), initial);
      expect(second?.version).toBe(2);
      expect((await policies.list('map')).map((v) => [v.version, v.changedBy])).toEqual([
        [0, null],
        [1, owner],
        [2, owner],
      ]);
      expect((await policies.list('map'))[0]).toEqual({ ...initial, docId: 'map', version: 0 });
      expect(await policies.latest('map')).toEqual(second);
      expect(await policies.list('other')).toEqual([]);
    });

    it('refuses an append on a version that is no longer the latest', async () => {
      await policies.append('map', 0, change('a', 30), initial);
      expect(await policies.append('map', 0, change('b', 31), initial)).toBeNull();
      expect(await policies.append('map', 2, change('b', 31), initial)).toBeNull();
      expect(await policies.list('map')).toHaveLength(2);
    });

    it('takes back a version whose write failed, so the next append reuses its number', async () => {
      await policies.append('map', 0, change('a', 30), initial);
      await policies.append('map', 1, change('b', 31), initial);
      await policies.remove('map', 2);
      expect((await policies.latest('map'))?.version).toBe(1);
      expect((await policies.append('map', 1, change('c', 32), initial))?.profileId).toBe('c');
    });

    it('lets one of two owners saving on the same version at once win', async () => {
      await policies.append('map', 0, change('a', 30), initial);
      const results = await Promise.all([
        policies.append('map', 1, change('b', 31), initial),
        policies.append('map', 1, change('c', 32), initial),
      ]);
      expect(results.filter((v) => v !== null).map((v) => v?.version)).toEqual([2]);
      expect((await policies.list('map')).map((v) => v.version)).toEqual([0, 1, 2]);
    });

    it('hands out copies: changing one changes nothing stored', async () => {
      await policies.append('map', 0, change('a', 30), initial);
      const latest = await policies.latest('map');
      if (!latest) throw new Error('no version');
      (latest.override as Record<string, unknown>).maxWeeklyHours = 99;
      expect((await policies.latest('map'))?.override).toEqual({ maxWeeklyHours: 30 });
    });
  });
}
