import './theme.css';
import './app.css';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AuthProvider, RequireAuth } from '../auth';
import { AppLayout } from './AppLayout';
import { DocumentPage } from './DocumentPage';
import { HomePage } from './HomePage';
import { LoginPage } from './LoginPage';
import { NotFoundPage } from './NotFoundPage';

export function App() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <Routes>
          <Route element={<AppLayout />}>
            <Route path="login" element={<LoginPage />} />
            <Route element={<RequireAuth />}>
              <Route index element={<HomePage />} />
              <Route path="d/:documentId" element={<DocumentPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </AuthProvider>
    </BrowserRouter>
  );
}
