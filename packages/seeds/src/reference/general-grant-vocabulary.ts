import type { IndustryFocus } from '@navimpact/schema';
import type { GrantTitlePartsRecord } from './grant-vocabulary.ts';

/** The sectors the real app's general scrapers write, beyond V2's screen and arts ones. */
export type GeneralIndustryFocus = Extract<IndustryFocus,
  'arts' | 'technology' | 'business' | 'research' | 'education' | 'sport' | 'agriculture' | 'general'>;

/** Program-name nouns for the general sectors, which a grants platform lists beside the creative ones. */
export const GENERAL_TITLE_PARTS: Readonly<Record<GeneralIndustryFocus, GrantTitlePartsRecord>> = {
  arts: { nouns: ['Creative Victoria Arts Grant', 'Arts Project Fund', 'Creative Ventures Program', 'Arts Organisations Fund', 'Creative Workers Fund'] },
  technology: { nouns: ['Digital Jobs Program', 'Innovation Connections Grant', 'Tech Startup Fund', 'Cyber Skills Initiative', 'Emerging Technology Fund'] },
  business: { nouns: ['Small Business Support Grant', 'Export Market Development Grant', 'Business Growth Fund', 'Industry Growth Program', 'Main Street Revitalisation Grant'] },
  research: { nouns: ['Research Partnerships Grant', 'Applied Research Fund', 'Cultural Research Fellowship', 'Social Research Grant', 'Evaluation Partnerships Fund'] },
  education: { nouns: ['Schools Creative Learning Grant', 'Adult Learning Fund', 'Education Outreach Program', 'Skills and Training Grant', 'Learning Resources Fund'] },
  sport: { nouns: ['Community Sport Infrastructure Grant', 'Sporting Club Grant', 'Active Participation Fund', 'Sport and Recreation Program', 'Inclusive Sport Grant'] },
  agriculture: { nouns: ['Regional Agriculture Fund', 'Farm Innovation Grant', 'Agritourism Development Grant', 'Rural Communities Fund', 'Drought Resilience Program'] },
  general: { nouns: ['Community Grants Program', 'Strengthening Communities Fund', 'Quick Response Grant', 'Annual Grants Round', 'Local Impact Grant'] },
};

/** Australian-English sentences for the general sectors, combined into invented grant program descriptions. */
export const GENERAL_DESCRIPTION_SENTENCES: Readonly<Record<GeneralIndustryFocus, readonly string[]>> = {
  arts: [
    'This program supports artists and arts organisations across all art forms to create and present new work.',
    'Funding can be used for artist fees, creative development, presentation and audience development.',
    'Cross-disciplinary projects, including those with screen or digital components, are eligible.',
  ],
  technology: [
    'This program supports organisations adopting or developing digital technologies to grow and create jobs.',
    'Funding can be used for prototyping, specialist expertise, equipment and digital skills training.',
    'Projects should show how the technology will be sustained after the funded period.',
  ],
  business: [
    'This program supports small and medium businesses to grow, export and employ locally.',
    'Funding can be used for business planning, marketing, market access and professional advice.',
    'Applicants must hold an ABN and demonstrate a viable plan for the funded activity.',
  ],
  research: [
    'This program supports applied research partnerships between researchers and industry or community partners.',
    'Funding can be used for researcher time, data collection, evaluation and dissemination of findings.',
    'Projects should demonstrate how the research will be used beyond the funded period.',
  ],
  education: [
    'This program supports learning programs in schools, libraries and community settings.',
    'Funding can be used for facilitator fees, learning resources, excursions and evaluation.',
    'Projects should be co-designed with educators and suit the learners they serve.',
  ],
  sport: [
    'This program supports clubs and community organisations to increase participation in sport and active recreation.',
    'Funding can be used for equipment, coaching, facility upgrades and participation programs.',
    'Priority is given to projects that reach women and girls, people with disability and regional communities.',
  ],
  agriculture: [
    'This program supports farmers and rural communities to innovate, diversify and build resilience.',
    'Funding can be used for trials, equipment, training and regional events.',
    'Projects should benefit the wider district as well as the applicant.',
  ],
  general: [
    'This program supports not-for-profit groups to deliver projects that benefit their local community.',
    'Funding can be used for project costs, equipment, venue hire and volunteer support.',
    'Applicants must be incorporated or auspiced and show community support for the project.',
  ],
};
