/** What a new county call starts with (the 高企 expert mix; a five-item sheet common in county guides). */
export const defaultScoreSheet = {
  items: [
    { code: 'innovation', title: '创新性', weight: 30 },
    { code: 'feasibility', title: '技术可行性', weight: 25 },
    { code: 'team', title: '团队与基础', weight: 15 },
    { code: 'benefit', title: '经济社会效益', weight: 20 },
    { code: 'budget', title: '经费合理性', weight: 10 },
  ],
  commentBelow: 60,
  spreadLimit: 20,
};

export const defaultDrawRule = { perApplication: 5, minFinancial: 1, minTechnicalPercent: 60 };

export const defaultAttachments = [
  { kind: 'licence', label: '营业执照' },
  { kind: 'application_form', label: '申报书（盖章扫描件）' },
];
