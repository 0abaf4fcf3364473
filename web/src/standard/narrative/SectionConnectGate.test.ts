import { describe, expect, it, vi } from 'vitest';
import { SectionConnectGate } from './SectionConnectGate';

function fakeProvider() {
  return { awareness: { id: 'aw' }, connect: vi.fn(), on: vi.fn(), off: vi.fn() };
}

describe('one socket shared by several section editors', () => {
  it('connects once, after every section’s binding is ready', () => {
    const provider = fakeProvider();
    const gate = new SectionConnectGate(provider, ['a', 'b', 'c']);
    gate.providerFor('a').connect();
    gate.providerFor('b').connect();
    expect(provider.connect).not.toHaveBeenCalled();
    gate.providerFor('c').connect();
    gate.providerFor('a').connect();
    expect(provider.connect).toHaveBeenCalledTimes(1);
    gate.destroy();
  });

  it('never lets a section disconnect the shared socket, and shares events and awareness', () => {
    const provider = fakeProvider();
    const gate = new SectionConnectGate(provider, ['a']);
    const section = gate.providerFor('a');
    section.disconnect();
    const listener = () => undefined;
    section.on('sync', listener);
    section.off('sync', listener);
    expect(provider.on).toHaveBeenCalledWith('sync', listener);
    expect(provider.off).toHaveBeenCalledWith('sync', listener);
    expect(section.awareness).toBe(provider.awareness);
    expect(gate.providerFor('a')).toBe(section);
    gate.destroy();
  });

  it('connects anyway after the fallback delay when a section never mounts', () => {
    vi.useFakeTimers();
    const provider = fakeProvider();
    const gate = new SectionConnectGate(provider, ['a', 'b'], 1000);
    gate.providerFor('a').connect();
    vi.advanceTimersByTime(999);
    expect(provider.connect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(provider.connect).toHaveBeenCalledTimes(1);
    expect(gate.connected).toBe(true);
    vi.useRealTimers();
  });
});
