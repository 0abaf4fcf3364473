import type { WorkspaceDetail } from '@tandem/protocol';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api';
import { WorkspaceDetailStore } from './WorkspaceDetailStore';

const detail = (role: WorkspaceDetail['role']): WorkspaceDetail => ({
  id: 'w1',
  name: 'E-commerce',
  role,
  members: [],
  pairs: [],
});

const KEY = WorkspaceDetailStore.key('u1', 'w1');

describe('WorkspaceDetailStore', () => {
  it('loads once for many readers and tells subscribers', async () => {
    const fetchDetail = vi.fn(async () => detail('owner'));
    const store = new WorkspaceDetailStore(fetchDetail);
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.get(KEY)).toEqual({ status: 'loading' });
    await Promise.all([store.ensure(KEY, 'w1'), store.ensure(KEY, 'w1'), store.refresh(KEY, 'w1')]);
    await store.ensure(KEY, 'w1');
    expect(fetchDetail).toHaveBeenCalledTimes(1);
    expect(store.get(KEY)).toEqual({ status: 'ready', detail: detail('owner') });
    expect(listener).toHaveBeenCalled();
  });

  it('refresh picks up a changed role', async () => {
    const fetchDetail = vi
      .fn<(id: string) => Promise<WorkspaceDetail>>()
      .mockResolvedValueOnce(detail('editor'))
      .mockResolvedValueOnce(detail('viewer'));
    const store = new WorkspaceDetailStore(fetchDetail);
    await store.ensure(KEY, 'w1');
    await store.refresh(KEY, 'w1');
    expect(store.get(KEY)).toEqual({ status: 'ready', detail: detail('viewer') });
  });

  it('keeps what it had when the network fails, but not when the server says no', async () => {
    const fetchDetail = vi
      .fn<(id: string) => Promise<WorkspaceDetail>>()
      .mockResolvedValueOnce(detail('editor'))
      .mockRejectedValueOnce(new ApiError(0, null, 'offline'))
      .mockRejectedValueOnce(new ApiError(404, 'WORKSPACE_NOT_FOUND', 'workspace not found'));
    const store = new WorkspaceDetailStore(fetchDetail);
    await store.ensure(KEY, 'w1');
    await store.refresh(KEY, 'w1');
    expect(store.get(KEY).status).toBe('ready');
    await store.refresh(KEY, 'w1');
    const entry = store.get(KEY);
    expect(entry.status === 'error' && entry.error.status).toBe(404);
  });

  it('keeps users apart', async () => {
    const store = new WorkspaceDetailStore(async () => detail('owner'));
    await store.ensure(KEY, 'w1');
    expect(store.get(WorkspaceDetailStore.key('u2', 'w1'))).toEqual({ status: 'loading' });
  });
});
