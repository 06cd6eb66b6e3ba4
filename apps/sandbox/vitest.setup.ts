import { navimpactGlobalSetup } from '@navimpact/seeds/testing';

export default navimpactGlobalSetup({ preset: 'minimal', seed: 42, date: '2026-07-01' });
