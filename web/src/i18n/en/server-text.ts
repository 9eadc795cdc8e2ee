import type { Messages } from '../zh-CN';

export const serverText: Pick<Messages, 'serverText'> = {
  serverText: {
    grant: { application: 'Financing application: {{product}}' },
    limit: {
      none: 'No unsecured limit at grade {{grade}}',
      revenueIp: '{{share}}% of revenue {{revenue}} + {{perClassI}} × {{classI}} Class-I IP, capped at {{cap}}',
    },
  },
};
