import { describe, expect, it } from 'vitest';
import { loginPath, safeNext } from './safeNext';

describe('safeNext', () => {
  it('keeps same-site paths', () => {
    expect(safeNext('/d/abc12345')).toBe('/d/abc12345');
  });

  it('refuses anything that could leave the site', () => {
    for (const next of ['//evil.example', 'https://evil.example', '/\\evil.example', '', null]) {
      expect(safeNext(next)).toBe('/');
    }
  });

  it('builds the login link', () => {
    expect(loginPath('/')).toBe('/login');
    expect(loginPath('/d/abc12345')).toBe('/login?next=%2Fd%2Fabc12345');
  });
});
