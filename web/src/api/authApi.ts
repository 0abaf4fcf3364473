import {
  type ChangePasswordBody,
  type LoginBody,
  LoginResponse,
  MeResponse,
  type PasswordResetBody,
  type PasswordResetRequestBody,
} from '@tandem/protocol';
import { NO_CONTENT, request } from './http';

export function fetchMe(signal?: AbortSignal): Promise<MeResponse> {
  return request('/api/auth/me', MeResponse, { signal });
}

export function login(body: LoginBody): Promise<LoginResponse> {
  return request('/api/auth/login', LoginResponse, { method: 'POST', body: JSON.stringify(body) });
}

export function logout(): Promise<null> {
  return request('/api/auth/logout', NO_CONTENT, { method: 'POST' });
}

/** Always 202, whether or not the address has an account; the link arrives by mail. */
export function requestPasswordReset(email: string): Promise<null> {
  return request('/api/auth/password-reset', NO_CONTENT, {
    method: 'POST',
    body: JSON.stringify({ email } satisfies PasswordResetRequestBody),
  });
}

/** 204; 400 AUTH_PASSWORD_WEAK; 404 AUTH_LINK_INVALID (unknown, used or expired link). */
export function resetPassword(token: string, password: string): Promise<null> {
  return request(`/api/auth/password-reset/${encodeURIComponent(token)}`, NO_CONTENT, {
    method: 'POST',
    body: JSON.stringify({ password } satisfies PasswordResetBody),
  });
}

/** The mailed confirmation link of an invitation: creates the account, joins, signs in. */
export function verifyEmail(token: string): Promise<LoginResponse> {
  return request(`/api/auth/verify-email/${encodeURIComponent(token)}`, LoginResponse, {
    method: 'POST',
  });
}

export function changePassword(body: ChangePasswordBody): Promise<null> {
  return request('/api/auth/password', NO_CONTENT, { method: 'POST', body: JSON.stringify(body) });
}
