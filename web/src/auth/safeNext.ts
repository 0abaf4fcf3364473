/**
 * Where to go after signing in. Only same-site paths: `?next=//evil.example` or an absolute URL
 * would turn the login page into an open redirect.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

export function loginPath(next: string): string {
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}
