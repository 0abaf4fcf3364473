import { describe, expect, it } from 'vitest';
import { DOMAIN_MESSAGE_KEYS } from './DomainMessage';
import { domainMessagesEn } from './domainMessagesEn';
import { domainMessagesZh } from './domainMessagesZh';

function lookup(catalogue: unknown, key: string): unknown {
  return key
    .replace(/^domain\./, '')
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      catalogue,
    );
}

describe('domain message catalogues', () => {
  it.each(DOMAIN_MESSAGE_KEYS)('has an English and a Chinese text for %s', (key) => {
    expect(typeof lookup(domainMessagesEn, key)).toBe('string');
    expect(typeof lookup(domainMessagesZh, key)).toBe('string');
  });

  it('uses the same interpolation parameters in both languages', () => {
    for (const key of DOMAIN_MESSAGE_KEYS) {
      const params = (text: unknown) =>
        [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(params(lookup(domainMessagesZh, key)), key).toEqual(
        params(lookup(domainMessagesEn, key)),
      );
    }
  });
});
