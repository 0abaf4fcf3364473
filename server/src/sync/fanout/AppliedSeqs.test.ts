import { describe, expect, it } from 'vitest';
import { AppliedSeqs } from './AppliedSeqs';

describe('AppliedSeqs', () => {
  it('advances its floor over contiguous seqs and reports a gap until it is filled', () => {
    const seqs = new AppliedSeqs();
    seqs.holdUpTo(5);
    seqs.add(6);
    expect(seqs.floor).toBe(6);
    expect(seqs.missing).toBe(false);
    seqs.add(8);
    expect(seqs.missing).toBe(true);
    expect(seqs.has(7)).toBe(false);
    expect(seqs.has(8)).toBe(true);
    seqs.add(7);
    expect(seqs.floor).toBe(8);
    expect(seqs.missing).toBe(false);
  });

  it('treats a head heard from another node as missing until held', () => {
    const seqs = new AppliedSeqs();
    seqs.holdUpTo(3);
    seqs.heard(2);
    expect(seqs.missing).toBe(false);
    seqs.heard(10);
    expect(seqs.missing).toBe(true);
    seqs.add(4);
    seqs.holdUpTo(10);
    expect(seqs.missing).toBe(false);
    expect(seqs.has(9)).toBe(true);
  });

  it('forgets seqs below a new floor and keeps those above it', () => {
    const seqs = new AppliedSeqs();
    seqs.add(3);
    seqs.add(9);
    seqs.holdUpTo(5);
    expect(seqs.floor).toBe(5);
    expect(seqs.has(9)).toBe(true);
    seqs.add(6);
    seqs.add(7);
    seqs.add(8);
    expect(seqs.floor).toBe(9);
  });
});
