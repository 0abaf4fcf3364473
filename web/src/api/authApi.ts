import { type LoginBody, LoginResponse, MeResponse } from '@tandem/protocol';
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
