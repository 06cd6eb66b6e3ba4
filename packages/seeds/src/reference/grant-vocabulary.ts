import type { IndustryFocus } from '@navimpact/schema';
import { GENERAL_DESCRIPTION_SENTENCES, GENERAL_TITLE_PARTS } from './general-grant-vocabulary.ts';

/** Program-name nouns available for one industry focus. */
export interface GrantTitlePartsRecord {
  nouns: readonly string[];
}

/** A grant tag with a URL-safe slug and a display name. */
export interface TagRecord {
  slug: string;
  name: string;
}

/** Program-name nouns per industry focus, combined by the seed generator into invented grant titles. */
export const GRANT_TITLE_PARTS: Readonly<Record<IndustryFocus, GrantTitlePartsRecord>> = {
  ...GENERAL_TITLE_PARTS,
  screen: {
    nouns: [
      'Screen Development Fund',
      'Production Investment',
      'Post-Production Incentive',
      'Series Development Grant',
      'Feature Film Finance',
      'Screen Attachment Program',
      'Regional Location Incentive',
    ],
  },
  documentary: {
    nouns: [
      'Documentary Development Fund',
      'Impact Documentary Grant',
      'Factual Production Fund',
      'Documentary Impact Campaign Fund',
      'Short Documentary Initiative',
      'Archival Storytelling Grant',
    ],
  },
  digital_media: {
    nouns: [
      'Digital Content Fund',
      'Online Series Initiative',
      'Podcast Production Grant',
      'Immersive Media Lab',
      'Creator Accelerator',
      'XR Prototype Fund',
    ],
  },
  music: {
    nouns: [
      'Music Works Grant',
      'Recording Fund',
      'Contemporary Music Touring Grant',
      'Music Video Fund',
      'Composer Commission',
      'Live Music Venue Support',
    ],
  },
  games: {
    nouns: [
      'Games Development Fund',
      'Prototype Grant',
      'Games Release Fund',
      'Interactive Studio Accelerator',
      'Games Marketing Support',
      'Narrative Games Initiative',
    ],
  },
  literature: {
    nouns: [
      'Writers Development Grant',
      'Publishing Fund',
      'Screenwriting Fellowship',
      'Literary Residency',
      'Emerging Writers Program',
      'Adaptation Rights Fund',
    ],
  },
  performing_arts: {
    nouns: [
      'Performing Arts Creation Fund',
      'Presentation Grant',
      'Independent Theatre Fund',
      'Dance Development Grant',
      'Touring Victoria Program',
      'Live Performance Recording Fund',
    ],
  },
  visual_arts: {
    nouns: [
      'Visual Arts Project Grant',
      'Exhibition Development Fund',
      'Public Art Commission',
      'Artist Studio Residency',
      'Moving Image Art Fund',
      'Photography Fellowship',
    ],
  },
  community: {
    nouns: [
      'Community Arts Grant',
      'Neighbourhood Stories Fund',
      'Community Partnerships Program',
      'Inclusive Communities Grant',
      'Local Festivals Fund',
      'Youth Media Program',
      'Multicultural Storytelling Grant',
    ],
  },
  environment: {
    nouns: [
      'Climate Storytelling Fund',
      'Sustainable Production Grant',
      'Environmental Impact Fund',
      'Green Screen Initiative',
      'Nature and Country Media Grant',
      'Net Zero Creative Fund',
    ],
  },
  health: {
    nouns: [
      'Mental Wellbeing Media Grant',
      'Health Promotion Fund',
      'Creative Health Partnerships',
      'Arts and Wellbeing Program',
      'Prevention Campaign Fund',
      'Lived Experience Storytelling Grant',
    ],
  },
  first_nations: {
    nouns: [
      'First Nations Screen Fund',
      'First Peoples Creative Fund',
      'Aboriginal Storytelling Initiative',
      'First Nations Creators Program',
      'Language and Culture Media Grant',
      'Self-Determined Stories Fund',
    ],
  },
};

/** Project-stage labels combined with title nouns to name invented grant streams. */
export const GRANT_STAGES: readonly string[] = [
  'Development',
  'Production',
  'Post-Production',
  'Audience Engagement',
  'Capacity Building',
  'Pilot',
  'Touring & Distribution',
  'Research',
  'Professional Development',
  'Marketing & Release',
];

/** Australian-English sentences per industry focus, combined into invented grant program descriptions. */
export const GRANT_DESCRIPTION_SENTENCES: Readonly<Record<IndustryFocus, readonly string[]>> = {
  ...GENERAL_DESCRIPTION_SENTENCES,
  screen: [
    'This program supports Victorian screen practitioners to develop feature films, drama series and online content with strong audience potential.',
    'Funding can be used for script development, market research, attachments and the costs of securing key creative talent.',
    'Priority is given to projects that employ Victorian cast and crew and shoot substantially in Victoria.',
    'Applicants must hold the rights to the project and demonstrate a clear pathway to production finance.',
    'The program encourages diverse storytellers and projects that reflect the breadth of Victorian communities on screen.',
  ],
  documentary: [
    'This program supports documentary makers to research, develop and produce factual stories of cultural and social significance.',
    'Funding may cover development shoots, archival research, editing and the design of an outreach and impact strategy.',
    'Projects should demonstrate meaningful engagement with the communities whose stories are being told.',
    'Applicants are encouraged to partner with not-for-profit organisations to extend the social impact of their work.',
    'Both single documentaries and documentary series intended for broadcast, streaming or festival release are eligible.',
  ],
  digital_media: [
    'This program supports creators developing original content for online platforms, podcasts and emerging digital formats.',
    'Funding can be used for prototyping, production, audience testing and platform-specific marketing.',
    'Projects that experiment with interactive, immersive or cross-platform storytelling are strongly encouraged.',
    'Applicants should demonstrate an understanding of their target audience and a plan for building an online community.',
    'The program aims to grow sustainable digital creative businesses based in Victoria.',
  ],
  music: [
    'This program supports Victorian musicians and music businesses to create, record and present new work.',
    'Funding may be used for recording, mixing and mastering, music videos, touring and marketing costs.',
    'Projects that collaborate with screen, games or performing arts practitioners are welcome.',
    'Applicants should outline how the project will build their audience and career sustainability.',
    'The program prioritises artists from under-represented communities and regional Victoria.',
  ],
  games: [
    'This program supports independent studios and developers to prototype and produce original digital games.',
    'Funding can be used for prototyping, production milestones, playtesting, localisation and release costs.',
    'Priority is given to original intellectual property that is owned and controlled by Victorian developers.',
    'Applicants should present a realistic budget, schedule and release strategy for their target platforms.',
    'Projects that explore new forms of interactive storytelling or serve social-impact goals are encouraged.',
  ],
  literature: [
    'This program supports writers to develop new manuscripts, screenplays and adaptations.',
    'Funding can cover time to write, research travel, mentoring and manuscript or script assessment.',
    'Projects that adapt Australian literary works for the screen are particularly welcome.',
    'Applicants at all career stages are eligible, with a dedicated stream for emerging writers.',
    'The program recognises the importance of diverse voices in Australian storytelling.',
  ],
  performing_arts: [
    'This program supports the creation and presentation of new theatre, dance, circus and live performance.',
    'Funding may be used for creative development, rehearsal, presentation and documentation costs.',
    'Projects that tour to regional Victorian venues and communities are strongly encouraged.',
    'Applicants should demonstrate partnerships with venues, festivals or presenters.',
    'Work that incorporates screen, projection or live-streamed elements is welcome.',
  ],
  visual_arts: [
    'This program supports visual artists and curators to create and exhibit new work.',
    'Funding can be used for materials, studio time, fabrication, installation and exhibition costs.',
    'Moving image, photography and media art projects are eligible alongside traditional forms.',
    'Applicants should identify an exhibition venue, public space or online platform for presenting the work.',
    'The program encourages collaborations between artists and local communities.',
  ],
  community: [
    'This program supports community organisations to deliver creative projects that strengthen social connection.',
    'Funding can be used for artist fees, workshops, venue hire, equipment and community events.',
    'Projects should be developed with, not just for, the communities they involve.',
    'Priority is given to projects engaging young people, culturally and linguistically diverse communities and people with disability.',
    'Applicants must be incorporated not-for-profit organisations or be auspiced by one.',
    'The program values projects that leave lasting skills and resources in the community.',
  ],
  environment: [
    'This program supports creative projects that raise awareness of climate change and environmental issues.',
    'Funding can be used for production, community engagement and measuring environmental outcomes.',
    'Applicants are encouraged to adopt sustainable production practices and report on their carbon footprint.',
    'Projects that partner with environmental organisations, scientists or Traditional Owners are welcome.',
    'The program aims to inspire audiences to take practical action for a more sustainable future.',
  ],
  health: [
    'This program supports creative projects that promote mental wellbeing and healthier communities.',
    'Funding can be used for content production, co-design with people with lived experience, and evaluation.',
    'Projects should follow safe storytelling guidelines for sensitive topics such as suicide and family violence.',
    'Applicants are encouraged to partner with health services, community health organisations or researchers.',
    'The program prioritises communities experiencing health inequities.',
  ],
  first_nations: [
    'This program supports First Nations creatives to tell their own stories on their own terms.',
    'Funding can be used for development, production, cultural consultation and skills development.',
    'Projects must be led by Aboriginal and/or Torres Strait Islander people with creative control.',
    'Applicants should demonstrate appropriate cultural protocols and community consent.',
    'The program is guided by the principle of self-determination and respects Indigenous Cultural and Intellectual Property.',
    'Projects that strengthen language, culture and connection to Country are strongly encouraged.',
  ],
};

/** Grant tags used to classify invented grant programs by theme and priority group. */
export const TAGS: readonly TagRecord[] = [
  { slug: 'first-nations', name: 'First Nations' },
  { slug: 'youth', name: 'Youth' },
  { slug: 'regional', name: 'Regional' },
  { slug: 'climate', name: 'Climate' },
  { slug: 'mental-health', name: 'Mental Health' },
  { slug: 'accessibility', name: 'Accessibility' },
  { slug: 'disability', name: 'Disability' },
  { slug: 'women-in-screen', name: 'Women in Screen' },
  { slug: 'lgbtqia', name: 'LGBTQIA+' },
  { slug: 'cald', name: 'Culturally and Linguistically Diverse' },
  { slug: 'emerging-artists', name: 'Emerging Artists' },
  { slug: 'digital-innovation', name: 'Digital Innovation' },
  { slug: 'co-production', name: 'Co-production' },
  { slug: 'social-impact', name: 'Social Impact' },
  { slug: 'education', name: 'Education' },
  { slug: 'gender-equality', name: 'Gender Equality' },
  { slug: 'sustainability', name: 'Sustainability' },
  { slug: 'community-engagement', name: 'Community Engagement' },
  { slug: 'export', name: 'Export & International Markets' },
  { slug: 'skills-development', name: 'Skills Development' },
  { slug: 'family-violence-prevention', name: 'Family Violence Prevention' },
  { slug: 'childrens-content', name: "Children's Content" },
];
