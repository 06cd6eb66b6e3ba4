import { navimpactGlobalSetup } from '../src/testing/index.ts';

// The seeds' own data tests run on clones of the demo preset, as any app's tests would.
export default navimpactGlobalSetup({ preset: 'demo', seed: 42, date: '2026-07-01' });
