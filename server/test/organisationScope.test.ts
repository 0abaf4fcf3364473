import { describe, expect, it } from 'vitest';
import { api, start } from './historyHelpers';

/** Organisations are scoped to the workspaces that use them (issue 10). */

async function twoWorkspaces() {
  const server = await start();
  const leader = await server.addUser('leader', { side: 'school' });
  const other = await server.accounts.createWorkspace('Another group');
  const rival = await server.accounts.createOrganisation('Rival Logistics', 'enterprise');
  const stranger = await server.accounts.createUser({
    email: 'stranger@rival.test',
    name: 'Stranger',
    passwordHash: 'x',
    organisationId: rival.id,
  });
  await server.accounts.setMember(other.id, stranger.id, 'owner');
  return { server, leader, other, rival };
}

type Orgs = { organisations: { id: string; name: string }[] };

describe('organisations of other workspaces', () => {
  it('lists only the organisations the caller’s workspaces use', async () => {
    const { server, other } = await twoWorkspaces();
    const mine = await api<Orgs>(server, 'GET', '/api/organisations');
    expect(mine.status).toBe(200);
    expect(mine.json.organisations.map((o) => o.name)).toEqual(['Test College']);
    const scoped = await api<Orgs>(
      server,
      'GET',
      `/api/organisations?workspaceId=${server.workspaceId}`,
    );
    expect(scoped.json.organisations.map((o) => o.name)).toEqual(['Test College']);
    const foreign = await api<{ code: string }>(
      server,
      'GET',
      `/api/organisations?workspaceId=${other.id}`,
    );
    expect(foreign).toMatchObject({ status: 404, json: { code: 'WORKSPACE_NOT_FOUND' } });
  });

  it('refuses to invite into another workspace’s organisation, and keeps nothing of it', async () => {
    const { server, leader, rival } = await twoWorkspaces();
    const path = `/api/workspaces/${server.workspaceId}/invitations`;
    const invite = (organisation: unknown, email: string) =>
      api<{ code?: string }>(
        server,
        'POST',
        path,
        { email, role: 'editor', organisation },
        leader.token,
      );
    expect(await invite({ id: rival.id }, 'a@x.test')).toMatchObject({
      status: 400,
      json: { code: 'VALIDATION_FAILED' },
    });
    expect(await server.accounts.listInvitations(server.workspaceId)).toEqual([]);
    // An organisation this workspace uses, or a new one, still works; the new one is listed.
    const college = (await api<Orgs>(server, 'GET', '/api/organisations')).json.organisations[0];
    expect((await invite({ id: college?.id }, 'b@x.test')).status).toBe(201);
    expect((await invite({ name: '京东物流', side: 'enterprise' }, 'c@x.test')).status).toBe(201);
    const names = (await api<Orgs>(server, 'GET', '/api/organisations')).json.organisations;
    expect(names.map((o) => o.name).sort()).toEqual(['Test College', '京东物流'].sort());
  });
});
