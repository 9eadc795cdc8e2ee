import { admin } from './admin';
import { app } from './app';
import { edges } from './edges';
import { imports } from './imports';
import { accounts } from './accounts';
import { homes } from './homes';
import { jobs } from './jobs';
import { serverText } from './server-text';
import { loans } from './loans';
import { market } from './market';
import { marketAdmin } from './market-admin';
import { nav } from './nav';
import { notifications } from './notifications';
import { policy } from './policy';
import { profile } from './profile';
import { rating } from './rating';
import { sharing } from './sharing';
import { workflow } from './workflow';
import { workflowAdmin } from './workflow-admin';
import { pools } from './pools';
import { investors } from './investors';
import { policyPayments } from './policy-payments';
import { fundraising } from './fundraising';
import { star } from './star';

export const zhCN = { ...app, ...nav, ...admin, ...profile, ...sharing, ...imports, ...rating, ...market, ...marketAdmin, ...notifications, ...workflow, ...loans, ...workflowAdmin, ...jobs, ...accounts, ...homes, ...edges, ...serverText, ...policy, ...pools, ...policyPayments, ...fundraising, ...star, ...investors };

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every language must fill in full. */
export type Messages = Widen<typeof zhCN>;
