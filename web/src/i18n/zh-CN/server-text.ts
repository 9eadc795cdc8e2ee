// What the server sends as a code and parameters, in words.
export const serverText = {
  serverText: {
    grant: { application: '融资申请：{{product}}' },
    limit: {
      none: '{{grade}} 级不给予信用额度',
      revenueIp: '营业收入 {{revenue}} × {{share}}% + {{perClassI}} × {{classI}} 项I类知识产权，上限 {{cap}}',
    },
  },
};
