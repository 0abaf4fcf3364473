import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { initI18n } from './i18n';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html must contain #root');

// Translations are bundled, so this resolves within a tick; rendering after it means no frame
// ever shows untranslated keys.
void initI18n().then(() => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
