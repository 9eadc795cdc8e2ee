import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, serverOrigin } from './config.ts';

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

  it('sends no e-mail without KEJIN_SMTP_URL, and links e-mails to the public URL', () => {
    expect(loadConfig({}).mail).toEqual({ smtpUrl: null, from: 'Kejin <no-reply@kejin.local>', webUrl: 'http://localhost:3000' });
    const mail = loadConfig({ KEJIN_SMTP_URL: 'smtp://kejin:s3cret@mail.example.cn:587', KEJIN_MAIL_FROM: '科金 <kejin@example.cn>', KEJIN_PUBLIC_URL: 'https://kejin.example.cn' }).mail;
    expect(mail).toEqual({ smtpUrl: 'smtp://kejin:s3cret@mail.example.cn:587', from: '科金 <kejin@example.cn>', webUrl: 'https://kejin.example.cn' });
  });

  it('refuses an SMTP URL of another scheme without echoing it', () => {
    expect(() => loadConfig({ KEJIN_SMTP_URL: 'https://user:s3cret@mail.example.cn' })).toThrow(/KEJIN_SMTP_URL: must start with smtp/);
    expect(() => loadConfig({ KEJIN_SMTP_URL: 'not a url s3cret' })).toThrow(/KEJIN_SMTP_URL/);
    expect(() => loadConfig({ KEJIN_SMTP_URL: 'not a url s3cret' })).not.toThrow(/s3cret/);
  });

  it('keeps business time in Asia/Shanghai unless KEJIN_TIMEZONE names another IANA zone', () => {
    expect(loadConfig({}).timezone).toBe('Asia/Shanghai');
    expect(loadConfig({ KEJIN_TIMEZONE: 'Europe/Berlin' }).timezone).toBe('Europe/Berlin');
    expect(loadConfig({ KEJIN_TIMEZONE: 'UTC' }).timezone).toBe('UTC');
    for (const bad of ['Asia/Beijing', '+08:00', 'CST-8 or so']) expect(() => loadConfig({ KEJIN_TIMEZONE: bad })).toThrow(/KEJIN_TIMEZONE: must be an IANA time zone/);
  });

  it('gives signed documents the public URL, else this server at the port it listens on', () => {
    expect(serverOrigin(loadConfig({ KEJIN_PUBLIC_URL: 'https://kejin.example.cn/' }), 4000)).toBe('https://kejin.example.cn');
    expect(serverOrigin(loadConfig({}))).toBe('http://localhost:3000');
    expect(serverOrigin(loadConfig({ PORT: '0' }), 41234)).toBe('http://localhost:41234');
    expect(serverOrigin(loadConfig({ HOST: '127.0.0.1' }), 4000)).toBe('http://127.0.0.1:4000');
    expect(serverOrigin(loadConfig({ HOST: '::1' }), 4000)).toBe('http://[::1]:4000');
  });
});
