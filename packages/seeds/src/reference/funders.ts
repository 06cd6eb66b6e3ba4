import type { FunderKind, Jurisdiction } from '@navimpact/schema';

/** A real Australian organisation that funds screen, media, arts or social-impact work. */
export interface FunderRecord {
  name: string;
  slug: string;
  kind: FunderKind;
  jurisdiction: Jurisdiction;
  website: string;
}

/** Real Australian funders relevant to a Victorian screen and media production company. */
export const FUNDERS: readonly FunderRecord[] = [
  {
    name: 'Creative Victoria',
    slug: 'creative-victoria',
    kind: 'government',
    jurisdiction: 'victoria',
    website: 'https://creative.vic.gov.au',
  },
  {
    name: 'VicScreen',
    slug: 'vicscreen',
    kind: 'government',
    jurisdiction: 'victoria',
    website: 'https://vicscreen.vic.gov.au',
  },
  {
    name: 'Screen Australia',
    slug: 'screen-australia',
    kind: 'government',
    jurisdiction: 'national',
    website: 'https://www.screenaustralia.gov.au',
  },
  {
    name: 'Creative Australia',
    slug: 'creative-australia',
    kind: 'government',
    jurisdiction: 'national',
    website: 'https://creative.gov.au',
  },
  {
    name: 'City of Melbourne',
    slug: 'city-of-melbourne',
    kind: 'government',
    jurisdiction: 'melbourne',
    website: 'https://www.melbourne.vic.gov.au',
  },
  {
    name: 'City of Yarra',
    slug: 'city-of-yarra',
    kind: 'government',
    jurisdiction: 'local',
    website: 'https://www.yarracity.vic.gov.au',
  },
  {
    name: 'Regional Arts Victoria',
    slug: 'regional-arts-victoria',
    kind: 'philanthropic',
    jurisdiction: 'victoria',
    website: 'https://www.rav.net.au',
  },
  {
    name: 'The Ian Potter Foundation',
    slug: 'ian-potter-foundation',
    kind: 'philanthropic',
    jurisdiction: 'national',
    website: 'https://www.ianpotter.org.au',
  },
  {
    name: 'The Myer Foundation',
    slug: 'myer-foundation',
    kind: 'philanthropic',
    jurisdiction: 'national',
    website: 'https://www.myerfoundation.org.au',
  },
  {
    name: 'Gandel Foundation',
    slug: 'gandel-foundation',
    kind: 'philanthropic',
    jurisdiction: 'national',
    website: 'https://gandelfoundation.org.au',
  },
  {
    name: 'Helen Macpherson Smith Trust',
    slug: 'helen-macpherson-smith-trust',
    kind: 'philanthropic',
    jurisdiction: 'victoria',
    website: 'https://www.hmstrust.org.au',
  },
  {
    name: "Lord Mayor's Charitable Foundation",
    slug: 'lord-mayors-charitable-foundation',
    kind: 'philanthropic',
    jurisdiction: 'melbourne',
    website: 'https://www.lmcf.org.au',
  },
  {
    name: 'Documentary Australia',
    slug: 'documentary-australia',
    kind: 'philanthropic',
    jurisdiction: 'national',
    website: 'https://www.documentaryaustralia.com.au',
  },
  {
    name: 'Australian Cultural Fund',
    slug: 'australian-cultural-fund',
    kind: 'philanthropic',
    jurisdiction: 'national',
    website: 'https://australianculturalfund.org.au',
  },
  {
    name: 'Telstra Foundation',
    slug: 'telstra-foundation',
    kind: 'corporate',
    jurisdiction: 'national',
    website: 'https://www.telstra.com.au',
  },
  {
    name: 'Community Enterprise Foundation (Bendigo Bank)',
    slug: 'community-enterprise-foundation',
    kind: 'corporate',
    jurisdiction: 'national',
    website: 'https://www.bendigobank.com.au',
  },
];
