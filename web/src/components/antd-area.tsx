// Every page but sign-in: antd's theme and locale around the nested routes. Loaded with the first
// such page, after antd's stylesheet (app.tsx), so that the sign-in page loads no antd at all.
import { Suspense } from 'react';
import { Outlet } from 'react-router-dom';
import { AppProviders } from './app-providers';
import { PlainSpin } from './plain-spin';
import './contrast.css';

export function AntdArea() {
  return (
    <AppProviders>
      <Suspense fallback={<PlainSpin />}>
        <Outlet />
      </Suspense>
    </AppProviders>
  );
}
