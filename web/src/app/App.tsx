import './theme.css';
import './app.css';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AuthProvider, RequireAuth } from '../auth';
import { SessionLinkPage, SessionRoomPage, SessionsPage } from '../sessions';
import { AuditPage, MembersPage } from '../workspace';
import { AppLayout } from './AppLayout';
import { ChangePasswordPage } from './ChangePasswordPage';
import { DocumentPage } from './DocumentPage';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { HomePage } from './HomePage';
import { InvitePage } from './InvitePage';
import { LoginPage } from './LoginPage';
import { NotFoundPage } from './NotFoundPage';
import { ResetPasswordPage } from './ResetPasswordPage';
import { VerifyEmailPage } from './VerifyEmailPage';

// History (timeline, redlines, sign-off) loads when opened; documents never pay for it.
const HistoryPage = lazy(() => import('../history').then((m) => ({ default: m.HistoryPage })));
const HistoryPrintPage = lazy(() =>
  import('../history').then((m) => ({ default: m.HistoryPrintPage })),
);

export function App() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <Routes>
          <Route element={<AppLayout />}>
            <Route path="login" element={<LoginPage />} />
            <Route path="invite/:token" element={<InvitePage />} />
            <Route path="forgot" element={<ForgotPasswordPage />} />
            <Route path="reset/:token" element={<ResetPasswordPage />} />
            <Route path="verify/:token" element={<VerifyEmailPage />} />
            <Route element={<RequireAuth />}>
              <Route index element={<HomePage />} />
              <Route path="d/:documentId" element={<DocumentPage />} />
              <Route
                path="d/:documentId/history"
                element={
                  <Suspense>
                    <HistoryPage />
                  </Suspense>
                }
              />
              <Route
                path="d/:documentId/history/print"
                element={
                  <Suspense>
                    <HistoryPrintPage />
                  </Suspense>
                }
              />
              <Route path="account/password" element={<ChangePasswordPage />} />
              <Route path="w/:workspaceId/members" element={<MembersPage />} />
              <Route path="w/:workspaceId/audit" element={<AuditPage />} />
              <Route path="w/:workspaceId/sessions" element={<SessionsPage />} />
              <Route path="w/:workspaceId/sessions/:sessionId" element={<SessionRoomPage />} />
              <Route path="s/:sessionId" element={<SessionLinkPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </AuthProvider>
    </BrowserRouter>
  );
}
