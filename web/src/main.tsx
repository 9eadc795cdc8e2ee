import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startSessionCheck } from './auth/auth-context';
import { initI18n } from './i18n';

const element = document.getElementById('root');
if (!element) throw new Error('No #root element in index.html');

declare global {
  interface Window {
    /** Set by the loader in the built index.html (web/src/build/shell-first.ts); absent in development. */
    kejinStyles?: { ready: Promise<unknown>; antd(): Promise<unknown> };
    /** Set by the same loader: the session check it started with the page. */
    kejinFirst?: { session?: Promise<Response> };
  }
}

startSessionCheck();
// The app's own modules (routes, pages, the API client's callers) are evaluated in a task of their
// own after React's: two shorter tasks instead of one long one. The build preloads both (see
// web/src/build/shell-first.ts), so nothing waits on the network for the split.
const [{ App }] = await Promise.all([import('./app'), initI18n(), window.kejinStyles?.ready]);
// The first render is a transition: React yields to the browser between components instead of one
// long task, and the HTML shell of index.html stays on screen until the app's first page replaces it.
startTransition(() => {
  createRoot(element).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
