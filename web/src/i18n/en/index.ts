import type { Messages } from '../zh-CN';
import { admin } from './admin';
import { app } from './app';
import { nav } from './nav';

export const en: Messages = { ...app, ...nav, ...admin };
