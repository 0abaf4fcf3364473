import './theme.css';
import './app.css';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AppLayout } from './AppLayout';
import { DocumentPage } from './DocumentPage';
import { HomePage } from './HomePage';
import { LoginPage } from './LoginPage';
import { NotFoundPage } from './NotFoundPage';

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          <Route path="d/:documentId" element={<DocumentPage />} />
          <Route path="login" element={<LoginPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
