import { describe, expect, it } from 'vitest';
import { CheckpointSchedule } from './CheckpointSchedule';

describe('CheckpointSchedule', () => {
  const triggers = { updates: 500, bytes: 1_000, ms: 60_000 };

  it('is due after the given number of updates', () => {
    const schedule = new CheckpointSchedule(triggers, () => 0);
    for (let i = 0; i < 499; i++) expect(schedule.logged(1, 1)).toBe(false);
    expect(schedule.logged(1, 1)).toBe(true);
    expect(schedule.pending).toBe(0);
  });

  it('is due after the given number of bytes, however few updates carried them', () => {
    const schedule = new CheckpointSchedule(triggers, () => 0);
    expect(schedule.logged(1, 600)).toBe(false);
    expect(schedule.logged(1, 600)).toBe(true);
  });

  it('is due once the given time has passed with something logged', () => {
    let now = 0;
    const schedule = new CheckpointSchedule(triggers, () => now);
    expect(schedule.logged(1, 1)).toBe(false);
    now = 60_000;
    expect(schedule.logged(1, 1)).toBe(true);
    expect(schedule.logged(1, 1)).toBe(false);
  });

  it('counts a loaded tail as already logged', () => {
    const schedule = new CheckpointSchedule(triggers, () => 0);
    schedule.startFrom(499);
    expect(schedule.logged(1, 1)).toBe(true);
  });
});
