import type { ProjectKind, ProjectRole, UserRole } from '@navimpact/schema';

/** The shape of one of Shadow Goose's projects; names are invented, one is picked per seed. */
export interface ProjectTemplate {
  kind: ProjectKind;
  status: 'active' | 'completed' | 'planning';
  owner: UserRole;
  names: readonly string[];
  summary: string;
  /** Budget range in thousands of AUD. */
  budget: readonly [number, number];
  /** Start relative to the reference date, and length, in days. */
  startDays: number;
  lengthDays: number;
  crewRoles: readonly ProjectRole[];
  /** SDG numbers, strongest contribution first. */
  sdgs: readonly number[];
  /** Framework priority codes, strongest first. */
  priorities: readonly string[];
}

/** The four active productions of the plan, then (demo only) two finished ones and one in planning. */
export const PROJECT_TEMPLATES: readonly ProjectTemplate[] = [
  {
    kind: 'documentary', status: 'active', owner: 'producer',
    names: ['Saltwater Country', 'The Last Orchard', 'Rising Tide', 'Ash and Ember', 'River Keepers'],
    summary: 'Feature documentary following a community in {place} adapting to a changing climate.',
    budget: [280, 460], startDays: -240, lengthDays: 540, crewRoles: ['director', 'editor', 'researcher'],
    sdgs: [13, 11, 15], priorities: ['CS-2', 'CC-5', 'VS-1'],
  },
  {
    kind: 'web_series', status: 'active', owner: 'creative_director',
    names: ['Share House', 'Night Shift', 'Second Chances', 'Tram Lines', 'The Group Chat'],
    summary: 'Eight-part web series about young people finding their footing in {place}.',
    budget: [150, 290], startDays: -150, lengthDays: 400, crewRoles: ['director', 'producer', 'editor'],
    sdgs: [10, 5, 8], priorities: ['VS-1', 'CS-4', 'OES-1'],
  },
  {
    kind: 'podcast', status: 'active', owner: 'impact_lead',
    names: ['Heads Up', 'Kitchen Table Talks', 'Open Door', 'Small Voices', 'Common Ground'],
    summary: 'Twelve-episode podcast on mental health and belonging, recorded with locals in {place}.',
    budget: [35, 85], startDays: -90, lengthDays: 300, crewRoles: ['producer', 'researcher', 'coordinator'],
    sdgs: [3, 4, 5], priorities: ['PH-1', 'CS-5'],
  },
  {
    kind: 'short_film', status: 'active', owner: 'producer',
    names: ['Undertow', 'Paper Cranes', 'The Long Way Home', 'Quiet Hours', 'Firebreak'],
    summary: 'Short drama shot on location in {place}, made with an emerging First Nations writer.',
    budget: [60, 140], startDays: -60, lengthDays: 240, crewRoles: ['director', 'editor', 'contributor'],
    sdgs: [10, 16, 4], priorities: ['VAAF-6', 'CS-1', 'VS-3'],
  },
  {
    kind: 'documentary', status: 'completed', owner: 'creative_director',
    names: ['Made in the West', 'Hands of the Makers', 'Factory Floor'],
    summary: 'Observational documentary about manufacturing workers in {place}, released last year.',
    budget: [200, 320], startDays: -700, lengthDays: 420, crewRoles: ['director', 'editor'],
    sdgs: [8, 9], priorities: ['CS-3', 'VS-2'],
  },
  {
    kind: 'podcast', status: 'completed', owner: 'impact_lead',
    names: ['Safe at Home', 'Behind Closed Doors', 'Speaking Up'],
    summary: 'Limited podcast series on family violence prevention, produced with services in {place}.',
    budget: [30, 60], startDays: -520, lengthDays: 280, crewRoles: ['researcher', 'producer'],
    sdgs: [5, 16], priorities: ['PH-3', 'OES-3'],
  },
  {
    kind: 'interactive', status: 'planning', owner: 'creative_director',
    names: ['Walking Country', 'Future Suburbs', 'Echoes'],
    summary: 'Location-based interactive story for phones, planned for {place}.',
    budget: [90, 180], startDays: 120, lengthDays: 360, crewRoles: ['producer', 'coordinator'],
    sdgs: [11, 4], priorities: ['CS-2', 'VS-4'],
  },
];
