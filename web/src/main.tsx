import { startTransition, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { unstableSetRender } from 'antd';
import { App } from './app';
import { startSessionCheck } from './auth/auth-context';
import { initI18n } from './i18n';

// antd 5 renders waves, messages and modals itself; give it React 19's root API.
unstableSetRender((node, container) => {
  const host = container as (Element | DocumentFragment) & { _kejinRoot?: Root };
  host._kejinRoot ??= createRoot(host);
  const root = host._kejinRoot;
  root.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
  };
});

const element = document.getElementById('root');
if (!element) throw new Error('No #root element in index.html');

startSessionCheck();
await initI18n();
// The first render is a transition: React yields to the browser between components instead of one
// long task, and the HTML shell of index.html stays on screen until the app's first page replaces it.
startTransition(() => {
  createRoot(element).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
