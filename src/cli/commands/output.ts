import { DEMO_PASSWORD } from '../../services/demo/seed-demo.ts';

export const DEMO_ACCOUNTS = [
  ['operator@kejin.demo', 'platform operator 平台运营方'],
  ['admin@zhangjiang.kejin.demo', 'park administrator, Zhangjiang 张江园区管理员'],
  ['admin@zizhu.kejin.demo', 'park administrator, Zizhu 紫竹园区管理员'],
  ['admin@qingdao.kejin.demo', 'park administrator, Qingdao 青岛园区管理员'],
  ['officer@bank.kejin.demo', 'officer of Kejin Demo Bank 银行客户经理'],
  ['owner@enterprise.kejin.demo', 'user of a Zhangjiang enterprise 企业用户'],
  ['officer@guarantor.kejin.demo', 'officer of Zichen Financing Guarantee (Zizhu guarantee fees) 担保机构业务经理'],
  ['officer@insurer.kejin.demo', 'officer of Jiaodong Marine Insurance (Qingdao premiums) 保险机构业务经理'],
  ['investor@vc.kejin.demo', 'officer of Pujiang Frontier Ventures (investor profile, directory) 创投基金投资经理'],
] as const;

export function printAccounts() {
  console.log(`Demo accounts (password: ${DEMO_PASSWORD}):`);
  for (const [email, what] of DEMO_ACCOUNTS) console.log(`  ${email.padEnd(30)} ${what}`);
}

/** Prints rows as an aligned table. */
export function printTable(rows: Record<string, string | number>[]) {
  if (!rows.length) return;
  const keys = Object.keys(rows[0]!);
  const width = keys.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i]!)).join('  ');
  console.log(line(keys));
  console.log(line(width.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(keys.map((k) => String(r[k]))));
}
