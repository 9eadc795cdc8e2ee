import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to PGlite in ./data on port 3000', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ driver: 'pglite', dataDir: './data' });
    expect(config.port).toBe(3000);
    expect(config.mode).toBe('demo');
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/kejin' }).database).toMatchObject({ driver: 'pg', url: 'postgres://u@db:5432/kejin' });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).database.driver).toBe('pglite');
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', KEJIN_MODE: 'staging' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty', KEJIN_MODE: 'staging' })).toThrow(/PORT[\s\S]*KEJIN_MODE|KEJIN_MODE[\s\S]*PORT/);
  });

  it('marks cookies Secure behind an https public URL', () => {
    expect(loadConfig({ KEJIN_PUBLIC_URL: 'https://kejin.example.cn' }).session.cookieSecure).toBe(true);
    expect(loadConfig({}).session.cookieSecure).toBe(false);
  });
});
