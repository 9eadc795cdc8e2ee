import { admin } from './admin';
import { app } from './app';
import { imports } from './imports';
import { market } from './market';
import { marketAdmin } from './market-admin';
import { nav } from './nav';
import { profile } from './profile';
import { rating } from './rating';
import { sharing } from './sharing';

export const zhCN = { ...app, ...nav, ...admin, ...profile, ...sharing, ...imports, ...rating, ...market, ...marketAdmin };

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every language must fill in full. */
export type Messages = Widen<typeof zhCN>;
