/** One priority, focus area or domain within a government framework, coded with a per-framework prefix. */
export interface FrameworkPriorityRecord {
  code: string;
  title: string;
}

/** A real Victorian Government strategy or framework that projects and grants can be aligned to. */
export interface FrameworkRecord {
  slug: string;
  name: string;
  owner: string;
  url: string;
  summary: string;
  priorities: readonly FrameworkPriorityRecord[];
}

/** Victorian Government strategies relevant to a screen and media company with social-impact goals. */
export const FRAMEWORKS: readonly FrameworkRecord[] = [
  {
    slug: 'creative-state-2025',
    name: 'Creative State 2025',
    owner: 'Creative Victoria',
    url: 'https://creative.vic.gov.au/major-initiatives/creative-state/2025',
    summary:
      "Victoria's four-year creative industries strategy (2021–2025), with 25 actions across five objectives to support the recovery, reactivation and growth of the creative industries, guided by the principles First Peoples first, for every Victorian, whole of state, health and wellbeing, and environmental impact.",
    priorities: [
      { code: 'CS-1', title: 'More and better job opportunities and pathways' },
      { code: 'CS-2', title: 'Innovative creative products and experiences' },
      { code: 'CS-3', title: 'Industry stability and growth' },
      { code: 'CS-4', title: 'Equitable access to the creative industries' },
      { code: 'CS-5', title: 'New audiences and markets' },
    ],
  },
  {
    slug: 'vicscreen-strategy-2021-2025',
    name: "VICSCREEN: Victoria's Screen Industry Strategy 2021–2025",
    owner: 'VicScreen',
    url: 'https://vicscreen.vic.gov.au/news/supercharging-victorias-screen-industry',
    summary:
      "Victoria's four-year screen industry strategy, led by VicScreen (formerly Film Victoria) with 11 actions across four priorities to grow film, television, online and digital games production, jobs and talent.",
    priorities: [
      { code: 'VS-1', title: 'Generate compelling Victorian content and IP' },
      { code: 'VS-2', title: 'Drive industry growth and jobs' },
      { code: 'VS-3', title: 'Develop skills and talent' },
      { code: 'VS-4', title: 'Build market and consumer engagement' },
    ],
  },
  {
    slug: 'victorias-climate-change-strategy',
    name: "Victoria's Climate Change Strategy",
    owner: 'Department of Energy, Environment and Climate Action',
    url: 'https://www.climatechange.vic.gov.au/victorias-climate-change-strategy',
    summary:
      "Victoria's 2021 roadmap to net-zero emissions and a climate resilient Victoria by 2050, setting interim targets to cut emissions by 28–33% by 2025 and 45–50% by 2030 below 2005 levels.",
    priorities: [
      { code: 'CC-1', title: 'Transition to a clean energy future' },
      { code: 'CC-2', title: 'Invest in innovative technologies such as zero emissions vehicles and hydrogen' },
      { code: 'CC-3', title: 'Safeguard the role of the natural environment and agriculture in reducing emissions' },
      { code: 'CC-4', title: 'Support businesses and communities to cut emissions and thrive in a net-zero future' },
      { code: 'CC-5', title: 'Build resilience to the impacts of climate change' },
    ],
  },
  {
    slug: 'victorian-public-health-and-wellbeing-plan-2023-2027',
    name: 'Victorian Public Health and Wellbeing Plan 2023–2027',
    owner: 'Department of Health',
    url: 'https://www.health.vic.gov.au/population-health-systems/victorian-public-health-and-wellbeing-plan-2023-27',
    summary:
      "Victoria's fourth legislated public health and wellbeing plan, continuing 10 priority areas towards a Victoria free of the avoidable burden of disease and injury, with a stronger focus on reducing health inequalities.",
    priorities: [
      { code: 'PH-1', title: 'Improving mental wellbeing' },
      { code: 'PH-2', title: 'Tackling climate change and its impact on health' },
      { code: 'PH-3', title: 'Preventing all forms of violence' },
      { code: 'PH-4', title: 'Increasing active living' },
      { code: 'PH-5', title: 'Increasing healthy eating' },
      { code: 'PH-6', title: 'Reducing injury' },
    ],
  },
  {
    slug: 'our-equal-state',
    name: "Our Equal State: Victoria's Gender Equality Strategy and Action Plan 2023–2027",
    owner: 'Department of Families, Fairness and Housing (Office for Women)',
    url: 'https://www.vic.gov.au/our-equal-state-victorias-gender-equality-strategy-and-action-plan-2023-2027',
    summary:
      "Victoria's whole-of-government gender equality strategy, with 110 actions taking a life-course and intersectional approach so that all Victorians live in a safe and equal society.",
    priorities: [
      { code: 'OES-1', title: 'Cultural change' },
      { code: 'OES-2', title: 'Health and wellbeing' },
      { code: 'OES-3', title: 'Safety and respect' },
      { code: 'OES-4', title: 'Economic equity' },
      { code: 'OES-5', title: 'The public sector as a leader' },
    ],
  },
  {
    slug: 'victorian-aboriginal-affairs-framework',
    name: 'Victorian Aboriginal Affairs Framework 2018–2023',
    owner: 'Department of Premier and Cabinet (First Peoples–State Relations)',
    url: 'https://www.firstpeoplesrelations.vic.gov.au/victorian-aboriginal-affairs-framework',
    summary:
      "The Victorian Government's overarching framework for working with Aboriginal Victorians, organisations and the wider community, grounded in self-determination, with goals and measures across six domains (extended to June 2025).",
    priorities: [
      { code: 'VAAF-1', title: 'Children, family and home' },
      { code: 'VAAF-2', title: 'Learning and skills' },
      { code: 'VAAF-3', title: 'Opportunity and prosperity' },
      { code: 'VAAF-4', title: 'Health and wellbeing' },
      { code: 'VAAF-5', title: 'Justice and safety' },
      { code: 'VAAF-6', title: 'Culture and Country' },
    ],
  },
];
