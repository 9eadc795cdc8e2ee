// The catalogue of audit actions: every code the platform writes, in both languages, grouped into
// families for filtering. An unknown code (a newer server wrote it) still reads as its family.

export type Lang = 'zh-CN' | 'en';
type Text = readonly [zh: string, en: string];

export const AUDIT_FAMILIES = {
  auth: ['登录与会话', 'Sign-in and sessions'],
  user: ['用户', 'Users'],
  registration: ['企业注册申请', 'Registrations'],
  invitation: ['用户邀请', 'Invitations'],
  park: ['园区', 'Parks'],
  institution: ['金融机构', 'Institutions'],
  enterprise: ['企业', 'Enterprises'],
  profile: ['企业档案', 'Profiles'],
  grant: ['数据授权', 'Data grants'],
  import: ['数据导入', 'Imports'],
  connector: ['公共数据', 'Public data'],
  rating: ['信用评级', 'Ratings'],
  model: ['评级模型', 'Rating models'],
  report: ['评价报告', 'Reports'],
  product: ['金融产品', 'Products'],
  need: ['融资需求', 'Financing needs'],
  match: ['匹配', 'Matching'],
  application: ['融资申请', 'Applications'],
  loan: ['贷款', 'Loans'],
  signal: ['预警', 'Warnings'],
  calendar: ['工作日历', 'Calendar'],
  lpr: ['LPR 报价', 'LPR fixings'],
  notification: ['通知', 'Notifications'],
  export: ['导出', 'Exports'],
  programme: ['补贴政策', 'Subsidy programmes'],
  claim: ['补贴申领', 'Subsidy claims'],
  pool: ['风险补偿资金池', 'Risk compensation pools'],
  demo: ['演示数据', 'Demo data'],
} as const satisfies Record<string, Text>;
export type AuditFamily = keyof typeof AUDIT_FAMILIES;
export const AUDIT_FAMILY_CODES = Object.keys(AUDIT_FAMILIES) as AuditFamily[];

const APPLICATION_MOVES: Record<string, Text> = {
  draft: ['保存申请草稿', 'Saved an application draft'],
  submitted: ['提交申请', 'Submitted an application'],
  accepted: ['受理申请', 'Accepted an application for review'],
  info_requested: ['要求补充材料', 'Asked for more information'],
  approved: ['批准申请', 'Approved an application'],
  rejected: ['拒绝申请', 'Declined an application'],
  withdrawn: ['撤回申请', 'Withdrew an application'],
  contract_signed: ['签订合同', 'Signed the contract'],
  disbursed: ['放款', 'Disbursed'],
  repaying: ['进入还款', 'Moved to repaying'],
  closed: ['结清', 'Closed'],
  overdue: ['标记逾期', 'Marked overdue'],
  defaulted: ['标记违约', 'Marked defaulted'],
  written_off: ['核销', 'Wrote off'],
};

const ACTIONS: Record<string, Text> = {
  'auth.login': ['登录', 'Signed in'],
  'auth.login_failed': ['登录失败', 'Failed sign-in'],
  'auth.logout': ['退出登录', 'Signed out'],
  'auth.password_change': ['修改密码', 'Changed the password'],
  'auth.password_change_failed': ['修改密码失败', 'Failed password change'],
  'auth.password_reset_requested': ['申请重置密码', 'Asked for a password reset'],
  'auth.password_reset': ['重置密码', 'Reset the password'],
  'auth.password_reset_refused': ['重置密码被拒绝', 'Refused a password reset'],
  'user.create': ['新建用户', 'Created a user'],
  'user.update': ['修改用户', 'Updated a user'],
  'user.deactivate': ['停用用户', 'Deactivated a user'],
  'registration.submit': ['提交企业注册申请', 'Submitted a registration'],
  'registration.admit': ['批准企业注册申请', 'Admitted a registration'],
  'registration.reject': ['驳回企业注册申请', 'Declined a registration'],
  'invitation.create': ['邀请用户', 'Invited a user'],
  'invitation.revoke': ['撤销邀请', 'Revoked an invitation'],
  'invitation.accept': ['接受邀请', 'Accepted an invitation'],
  'park.create': ['新建园区', 'Created a park'],
  'park.update': ['修改园区', 'Updated a park'],
  'park.deactivate': ['停用园区', 'Deactivated a park'],
  'institution.create': ['新建金融机构', 'Created an institution'],
  'institution.update': ['修改金融机构', 'Updated an institution'],
  'institution.deactivate': ['停用金融机构', 'Deactivated an institution'],
  'enterprise.create': ['登记企业', 'Registered an enterprise'],
  'enterprise.update': ['修改企业登记信息', 'Updated a registration'],
  'profile.update': ['修改企业档案', 'Updated a profile'],
  'grant.create': ['授权数据访问', 'Granted data access'],
  'grant.revoke': ['撤销数据授权', 'Revoked data access'],
  'import.run': ['导入数据', 'Imported a file'],
  'connector.sync': ['同步公共数据', 'Synced public data'],
  'rating.batch': ['批量评级', 'Rated enterprises'],
  'rating.job_start': ['发起重新评级', 'Started re-rating'],
  'model.train': ['训练模型', 'Trained models'],
  'model.shadow': ['模型影子运行', 'Put a model in shadow'],
  'model.activate': ['启用模型', 'Activated a model'],
  'report.issue': ['出具评价报告', 'Issued a report'],
  'product.create': ['新建产品', 'Created a product'],
  'product.update': ['修改产品', 'Updated a product'],
  'product.publish': ['发布产品', 'Published a product'],
  'product.withdraw': ['下架产品', 'Withdrew a product'],
  'product.approve': ['批准产品入园', 'Approved a product in a park'],
  'product.reject': ['驳回产品入园', 'Refused a product in a park'],
  'need.create': ['发布融资需求', 'Posted a financing need'],
  'need.update': ['修改融资需求', 'Updated a financing need'],
  'need.close': ['关闭融资需求', 'Closed a financing need'],
  'need.withdraw': ['撤回融资需求', 'Withdrew a financing need'],
  'need.take_up': ['承接融资需求', 'Took up a financing need'],
  'match.run_start': ['发起全量匹配', 'Started a full match'],
  'application.create': ['新建申请', 'Created an application'],
  'application.deadline_near': ['审批时限临近', 'Decision deadline near'],
  'application.deadline_missed': ['审批超时', 'Decision deadline missed'],
  ...Object.fromEntries(Object.entries(APPLICATION_MOVES).map(([state, text]) => [`application.${state}`, text])),
  'loan.disbursed': ['贷款发放', 'Loan disbursed'],
  'loan.closed': ['贷款结清', 'Loan closed'],
  'loan.defaulted': ['贷款违约', 'Loan defaulted'],
  'loan.written_off': ['贷款核销', 'Loan written off'],
  'loan.repayment': ['登记还款', 'Recorded a repayment'],
  'loan.repayment_file': ['批量登记还款', 'Recorded a repayment file'],
  'loan.recovery': ['登记追偿回收', 'Recorded a recovery'],
  'signal.acknowledge': ['确认预警', 'Acknowledged a warning'],
  'signal.resolve': ['处置预警', 'Resolved a warning'],
  'calendar.load': ['载入工作日历', 'Loaded a calendar year'],
  'lpr.load': ['载入 LPR 报价', 'Loaded LPR fixings'],
  'notification.preferences': ['修改通知设置', 'Changed notification settings'],
  'export.enterprises': ['导出企业名单', 'Exported enterprises'],
  'export.loans': ['导出贷款台账', 'Exported the loan book'],
  'export.review_queue': ['导出审批队列', 'Exported the review queue'],
  'export.audit': ['导出审计日志', 'Exported the audit log'],
  'export.pipeline': ['导出融资漏斗', 'Exported the pipeline'],
  'export.league': ['导出机构排行', 'Exported the league table'],
  'demo.seed': ['生成演示数据', 'Seeded demo data'],
  'demo.seed_workflow': ['生成演示融资流程', 'Seeded the demo workflow'],
  'export.payment_batch': ['导出补贴支付批次', 'Exported a subsidy payment batch'],
  'programme.saved': ['保存补贴政策草稿', 'Saved a subsidy programme draft'],
  'programme.published': ['发布补贴政策', 'Published a subsidy programme'],
  'programme.run': ['测算补贴申领', 'Computed a programme’s claims'],
  'programme.run_queued': ['排队测算补贴申领', 'Queued a run of a programme’s claims'],
  'claim.computed': ['补贴申领退回重算', 'Sent a claim back to be recomputed'],
  'claim.published': ['公示补贴申领', 'Published subsidy claims'],
  'claim.objected': ['对补贴申领提出异议', 'Objected to a subsidy claim'],
  'claim.confirmed': ['确认收款账户', 'Confirmed the receiving account'],
  'claim.approved': ['批准补贴申领', 'Approved a subsidy claim'],
  'claim.rejected': ['驳回补贴申领', 'Rejected a subsidy claim'],
  'claim.paid': ['拨付补贴', 'Paid a subsidy claim'],
  'claim.forfeited': ['逾期未确认，申领作废', 'Forfeited an unconfirmed claim'],
  'claim.clawed_back': ['追回补贴', 'Clawed back a subsidy'],
  'claim.document_added': ['上传补贴申领证明材料', 'Added a proof to a subsidy claim'],
  'claim.batch_created': ['生成补贴支付批次', 'Drew up a payment batch'],
  'claim.batch_paid': ['补贴支付批次已拨付', 'Marked a payment batch paid'],
  'claim.payments_submitted': ['报送担保费或保费数据', 'Submitted fee or premium payments'],
  'claim.policy_surrendered': ['登记退保', 'Recorded a surrendered policy'],
  'pool.created': ['创建风险补偿资金池', 'Created a risk compensation pool'],
  'pool.updated': ['修改风险补偿资金池', 'Saved a new version of a pool'],
  'pool.contribution': ['登记资金池出资', 'Recorded a pool contribution'],
  'pool.loan_registered': ['贷款备案入池', 'Registered a loan with a pool'],
  'pool.loan_proposed': ['放款时提议贷款入池', 'Proposed a loan for a pool at disbursement'],
  'pool.loan_confirmed': ['确认贷款入池', 'Confirmed a proposed pool registration'],
  'pool.loan_declined': ['拒绝贷款入池', 'Declined a proposed pool registration'],
  'pool.claim_filed': ['提交代偿申请', 'Filed a pool claim'],
  'pool.claim_under_review': ['代偿申请进入审核', 'Took a pool claim into review'],
  'pool.claim_awaiting_approval': ['代偿申请提交审批', 'Sent a pool claim for approval'],
  'pool.claim_returned': ['代偿申请退回补件', 'Returned a pool claim for documents'],
  'pool.claim_approved': ['核准代偿', 'Approved a pool payout'],
  'pool.claim_paid': ['支付代偿', 'Paid a pool claim'],
  'pool.claim_rejected': ['驳回代偿申请', 'Rejected a pool claim'],
  'pool.claim_withdrawn': ['撤回代偿申请', 'Withdrew a pool claim'],
  'pool.claim_document': ['上传代偿材料', 'Added a pool claim document'],
  'pool.claim_recovery': ['登记代偿后追偿', 'Recorded a recovery after a pool payout'],
};

export const AUDIT_ACTION_CODES = Object.keys(ACTIONS);

const pick = (text: Text, lang: Lang) => (lang === 'en' ? text[1] : text[0]);

export const familyOf = (action: string): string => action.split('.')[0] ?? action;

export const isAuditFamily = (family: string): family is AuditFamily => Object.hasOwn(AUDIT_FAMILIES, family);

export function familyLabel(family: string, lang: Lang): string {
  return isAuditFamily(family) ? pick(AUDIT_FAMILIES[family], lang) : lang === 'en' ? 'Other' : '其他';
}

/** The action in words; an unknown code reads as its family and "other action". */
export function actionLabel(action: string, lang: Lang): string {
  const known = ACTIONS[action];
  if (known) return pick(known, lang);
  return `${familyLabel(familyOf(action), lang)}${lang === 'en' ? ': other action' : '：其他操作'}`;
}

const TARGETS: Record<string, Text> = {
  user: ['用户', 'User'],
  registration: ['注册申请', 'Registration'],
  invitation: ['邀请', 'Invitation'],
  park: ['园区', 'Park'],
  organisation: ['机构', 'Organisation'],
  enterprise: ['企业', 'Enterprise'],
  grant: ['授权', 'Grant'],
  import: ['导入', 'Import'],
  model_version: ['模型版本', 'Model version'],
  scoring_job: ['评级任务', 'Rating job'],
  match_run: ['匹配任务', 'Match run'],
  report: ['报告', 'Report'],
  product: ['产品', 'Product'],
  need: ['融资需求', 'Need'],
  application: ['申请', 'Application'],
  loan: ['贷款', 'Loan'],
  signal: ['预警', 'Warning'],
  calendar_year: ['日历年份', 'Calendar year'],
  lpr_fixings: ['LPR 报价', 'LPR fixings'],
  connector: ['公共数据源', 'Data connector'],
  cli: ['命令行', 'Command line'],
  platform: ['平台', 'Platform'],
  export: ['导出', 'Export'],
  programme: ['补贴政策', 'Subsidy programme'],
  subsidy_claim: ['补贴申领', 'Subsidy claim'],
  payment_batch: ['补贴支付批次', 'Payment batch'],
  policy_payments: ['担保费与保费数据', 'Fee and premium payments'],
  pool: ['风险补偿资金池', 'Risk compensation pool'],
  pool_claim: ['代偿申请', 'Pool claim'],
};
export const AUDIT_TARGET_TYPES = Object.keys(TARGETS);

export function targetLabel(targetType: string, lang: Lang): string {
  const known = TARGETS[targetType];
  return known ? pick(known, lang) : lang === 'en' ? 'Record' : '记录';
}
