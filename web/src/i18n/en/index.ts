import type { Messages } from '../zh-CN';
import { admin } from './admin';
import { app } from './app';
import { imports } from './imports';
import { market } from './market';
import { marketAdmin } from './market-admin';
import { nav } from './nav';
import { profile } from './profile';
import { rating } from './rating';
import { sharing } from './sharing';

export const en: Messages = { ...app, ...nav, ...admin, ...profile, ...sharing, ...imports, ...rating, ...market, ...marketAdmin };
