import { admin } from './admin';
import { app } from './app';
import { nav } from './nav';

export const zhCN = { ...app, ...nav, ...admin };

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every language must fill in full. */
export type Messages = Widen<typeof zhCN>;
