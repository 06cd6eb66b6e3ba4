/** How strongly a project serves a goal or priority. */
export const CONTRIBUTION_LEVELS = ['primary', 'secondary', 'indirect'] as const;
export type ContributionLevel = (typeof CONTRIBUTION_LEVELS)[number];
