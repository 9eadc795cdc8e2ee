// Chinese strings for the rating band (A/B/C tiers of the AAA…C credit grade).
export const edges = {
  ratingBand: {
    value: '{{band}} 档',
    hint: '评级档位：A 档 = AAA/AA/A，B 档 = BBB/BB/B，C 档 = CCC/CC/C。企业授权后可见具体信用等级。',
  },
};
