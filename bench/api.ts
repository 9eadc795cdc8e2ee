// In-process API latency on PGlite over the demo data set (2,400 enterprises).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { buildApp } from '../src/server/app.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/services/demo/seed-demo.ts';
import type { Benchmark } from './main.ts';
import { quantile, round, timeEach } from './stats.ts';

export const apiBenchmark: Benchmark = {
  name: 'api',
  description: 'login, /me and the enterprise list (search, paging) in-process on PGlite',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kejin-bench-api-'));
    const config = loadConfig({ KEJIN_DATA_DIR: dir, KEJIN_LOG_LEVEL: 'silent', KEJIN_WEB_DIST: path.join(dir, 'none'), KEJIN_LOGIN_MAX_ATTEMPTS: '100000' });
    const database = await openDatabase(config.database);
    try {
      await migrate(database);
      await seedDemo(database, { seed: 1, enterprises: 2400, now: new Date(), withAccounts: true });
      const app = await buildApp({ config, database });
      const login = () => app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'admin@zhangjiang.kejin.demo', password: DEMO_PASSWORD } });
      const cookie = `kejin_session=${(await login()).cookies[0]!.value}`;
      const get = (url: string) => () => app.inject({ method: 'GET', url, headers: { cookie } });
      const logins = await timeEach(30, login);
      const me = await timeEach(300, get('/api/v1/me'));
      const list = await timeEach(300, get('/api/v1/enterprises?pageSize=20&page=3'));
      const search = await timeEach(300, get(`/api/v1/enterprises?q=${encodeURIComponent('科技')}`));
      await app.close();
      return {
        login_p50_ms: round(quantile(logins, 0.5)),
        me_p50_ms: round(quantile(me, 0.5)),
        me_p99_ms: round(quantile(me, 0.99)),
        enterprise_list_p50_ms: round(quantile(list, 0.5)),
        enterprise_list_p99_ms: round(quantile(list, 0.99)),
        enterprise_search_p50_ms: round(quantile(search, 0.5)),
        enterprise_search_p99_ms: round(quantile(search, 0.99)),
      };
    } finally {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
