import { navimpactGlobalSetup } from '@navimpact/seeds/testing';

// The demo preset: the pages need grants, applications and a year of social numbers to show.
export default navimpactGlobalSetup({ preset: 'demo', seed: 42, date: '2026-07-01' });
