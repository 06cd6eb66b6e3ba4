// What the claim thread imports once its socket listens: the admin connection, the claim, the clean-up.
export { connectAdmin, dropIfExists, listDatabases } from './_catalog.ts';
export { claimPooled } from './pool.ts';
