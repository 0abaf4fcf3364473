export { AccountMenu } from './AccountMenu';
export { type AuthContextValue, AuthProvider, type AuthState } from './AuthProvider';
export { RequireAuth } from './RequireAuth';
export { loginPath, safeNext } from './safeNext';
export { useAuth, useCurrentUser } from './useAuth';
