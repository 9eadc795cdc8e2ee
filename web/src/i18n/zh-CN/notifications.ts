// Chinese strings for the notification bell and each user's notification settings.
export const notifications = {
  notifications: {
    title: '消息通知',
    label: '消息通知，{{count}} 条未读',
    markAll: '全部标为已读',
    empty: '暂无消息',
    settings: '通知设置',
  },
  notificationSettings: {
    title: '通知设置',
    description: '按主题选择在平台内和通过电子邮件接收哪些通知。设置只对您本人生效，同一机构的其他成员各自设置。',
    topic: '主题',
    inApp: '站内消息',
    email: '电子邮件',
    saved: '通知设置已保存',
    emailOff: '本平台尚未配置邮件发送服务，暂不发送电子邮件。您的选择会保留，配置后生效。',
    emailOffHint: '邮件发送服务尚未配置',
    opening: '正在打开…',
    topics: {
      applications: { name: '融资申请', description: '申请的提交、补充材料的要求与答复、撤回' },
      decisions: { name: '审批结论与放款', description: '申请的审批结论、贷款发放' },
      deadlines: { name: '办理时限', description: '即将到期或已经超期的办理时限' },
      signals: { name: '风险信号', description: '风险预警信号、贷款逾期' },
      marketplace: { name: '金融超市', description: '融资需求被响应、产品上架申请与审核结果' },
    },
  },
};
