export const paths = {
  home: '/',
  recognition: '/recognition',
  ideas: '/ideas',
  feedback: '/feedback',
  oneOnOnes: '/one-on-ones',
  companySettings: '/settings/company',
} as const;
