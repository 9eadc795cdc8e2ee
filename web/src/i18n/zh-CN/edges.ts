// Chinese strings for the edges namespace and the rating band (A/B/C tiers of the AAA…C credit grade).
export const edges = {
  edges: {
    improvements: {
      gradeStays: '评级暂不变',
    },
    flags: {
      toggle: '须具备',
      required: '须具备',
      excluded: '须不具备',
    },
    leads: {
      offered: '线索来自已批准本产品上架的园区：{{parks}}。',
      awaiting: '本产品尚待园区审批（{{parks}}），获批上架后才有可推荐企业。',
      rejected: '本产品上架申请已被园区驳回（{{parks}}），因此没有可推荐企业。',
      noParks: '本产品尚未申请在任何园区上架，因此没有可推荐企业。',
      previewNote: '产品编辑器中的符合企业数按全部园区预估；线索只来自已批准上架的园区。',
    },
    parkApproval: {
      reason: '驳回原因',
      reasonPlaceholder: '请说明驳回原因，机构将收到通知',
    },
    product: {
      back: '返回超市',
      terms: '产品条款',
      institution: '金融机构',
      amount: '额度',
      rate: '利率',
      fit: '本企业是否符合准入条件',
      requires: '要求 {{required}}',
      noRules: '本产品无准入条件',
      notRated: '本企业尚未评级，暂无法判断是否符合准入条件。',
      notOffered: '本产品尚未在本企业所在园区上架，暂不能申请。',
      cannotApply: '暂不符合申请条件',
    },
    approval: {
      title: '审批条件',
      amount: '批准金额',
      rate: '利率',
      rateValue: 'LPR {{tenor}} {{spread}}bp',
      term: '期限',
    },
  },
  ratingBand: {
    value: '{{band}} 档',
    hint: '评级档位：A 档 = AAA/AA/A，B 档 = BBB/BB/B，C 档 = CCC/CC/C。企业授权后可见具体信用等级。',
  },
};
