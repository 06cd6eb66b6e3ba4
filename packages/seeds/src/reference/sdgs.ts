/** One United Nations Sustainable Development Goal with its official number, short title and goal statement. */
export interface SdgRecord {
  number: number;
  title: string;
  description: string;
}

/** The 17 UN Sustainable Development Goals (2030 Agenda), using the UN's official short titles and goal statements. */
export const SDGS: readonly SdgRecord[] = [
  { number: 1, title: 'No Poverty', description: 'End poverty in all its forms everywhere' },
  {
    number: 2,
    title: 'Zero Hunger',
    description: 'End hunger, achieve food security and improved nutrition and promote sustainable agriculture',
  },
  {
    number: 3,
    title: 'Good Health and Well-being',
    description: 'Ensure healthy lives and promote well-being for all at all ages',
  },
  {
    number: 4,
    title: 'Quality Education',
    description: 'Ensure inclusive and equitable quality education and promote lifelong learning opportunities for all',
  },
  { number: 5, title: 'Gender Equality', description: 'Achieve gender equality and empower all women and girls' },
  {
    number: 6,
    title: 'Clean Water and Sanitation',
    description: 'Ensure availability and sustainable management of water and sanitation for all',
  },
  {
    number: 7,
    title: 'Affordable and Clean Energy',
    description: 'Ensure access to affordable, reliable, sustainable and modern energy for all',
  },
  {
    number: 8,
    title: 'Decent Work and Economic Growth',
    description:
      'Promote sustained, inclusive and sustainable economic growth, full and productive employment and decent work for all',
  },
  {
    number: 9,
    title: 'Industry, Innovation and Infrastructure',
    description:
      'Build resilient infrastructure, promote inclusive and sustainable industrialization and foster innovation',
  },
  { number: 10, title: 'Reduced Inequalities', description: 'Reduce inequality within and among countries' },
  {
    number: 11,
    title: 'Sustainable Cities and Communities',
    description: 'Make cities and human settlements inclusive, safe, resilient and sustainable',
  },
  {
    number: 12,
    title: 'Responsible Consumption and Production',
    description: 'Ensure sustainable consumption and production patterns',
  },
  { number: 13, title: 'Climate Action', description: 'Take urgent action to combat climate change and its impacts' },
  {
    number: 14,
    title: 'Life Below Water',
    description: 'Conserve and sustainably use the oceans, seas and marine resources for sustainable development',
  },
  {
    number: 15,
    title: 'Life on Land',
    description:
      'Protect, restore and promote sustainable use of terrestrial ecosystems, sustainably manage forests, combat desertification, and halt and reverse land degradation and halt biodiversity loss',
  },
  {
    number: 16,
    title: 'Peace, Justice and Strong Institutions',
    description:
      'Promote peaceful and inclusive societies for sustainable development, provide access to justice for all and build effective, accountable and inclusive institutions at all levels',
  },
  {
    number: 17,
    title: 'Partnerships for the Goals',
    description:
      'Strengthen the means of implementation and revitalize the Global Partnership for Sustainable Development',
  },
];
