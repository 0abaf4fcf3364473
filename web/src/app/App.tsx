import './theme.css';
import './app.css';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AuthProvider, RequireAuth } from '../auth';
import { AuditPage, MembersPage } from '../workspace';
import { AppLayout } from './AppLayout';
import { DocumentPage } from './DocumentPage';
import { HomePage } from './HomePage';
import { InvitePage } from './InvitePage';
import { LoginPage } from './LoginPage';
import { NotFoundPage } from './NotFoundPage';

export function App() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <Routes>
          <Route element={<AppLayout />}>
            <Route path="login" element={<LoginPage />} />
            <Route path="invite/:token" element={<InvitePage />} />
            <Route element={<RequireAuth />}>
              <Route index element={<HomePage />} />
              <Route path="d/:documentId" element={<DocumentPage />} />
              <Route path="w/:workspaceId/members" element={<MembersPage />} />
              <Route path="w/:workspaceId/audit" element={<AuditPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </AuthProvider>
    </BrowserRouter>
  );
}
