import type { DistributionPlatform, MediaType } from '@navimpact/schema';

/** An outlet a Victorian screen company publishes on: its platform, name, link pattern and typical reach. */
export interface Outlet {
  platform: DistributionPlatform;
  name: string;
  url: (slug: string, token: string, digits: string) => string | null;
  views: readonly [number, number];
}

const OUTLETS: Readonly<Record<string, Outlet>> = {
  youtube: { platform: 'youtube', name: 'YouTube', url: (_, token) => `https://www.youtube.com/watch?v=${token}`, views: [800, 40_000] },
  vimeo: { platform: 'vimeo', name: 'Vimeo (private screener)', url: (_, __, digits) => `https://vimeo.com/${digits.slice(0, 9)}`, views: [40, 900] },
  iview: { platform: 'streaming', name: 'ABC iview', url: (s) => `https://iview.abc.net.au/show/${s}`, views: [5_000, 90_000] },
  sbs: { platform: 'streaming', name: 'SBS On Demand', url: (s) => `https://www.sbs.com.au/ondemand/${s}`, views: [3_000, 60_000] },
  miff: { platform: 'festival', name: 'Melbourne International Film Festival (MIFF)', url: (s) => `https://miff.com.au/program/film/${s}`, views: [300, 1_200] },
  stkilda: { platform: 'festival', name: 'St Kilda Film Festival', url: (s) => `https://stkildafilmfestival.com.au/films/${s}`, views: [150, 600] },
  instagram: { platform: 'instagram', name: 'Instagram', url: (_, token) => `https://www.instagram.com/p/${token}/`, views: [1_500, 60_000] },
  tiktok: { platform: 'tiktok', name: 'TikTok', url: (_, __, digits) => `https://www.tiktok.com/@shadowgoose.ent/video/${digits}`, views: [3_000, 150_000] },
  facebook: { platform: 'facebook', name: 'Facebook', url: (_, __, digits) => `https://www.facebook.com/shadowgoose.ent/videos/${digits.slice(0, 16)}`, views: [500, 12_000] },
  podcast: { platform: 'podcast', name: 'Apple Podcasts and Spotify', url: (s) => `https://podcasts.apple.com/au/podcast/${s}`, views: [400, 6_000] },
  website: { platform: 'website', name: 'shadowgoose.com.au', url: (s) => `https://shadowgoose.com.au/work/${s}`, views: [100, 2_500] },
  education: { platform: 'education', name: 'ClickView (schools)', url: (s) => `https://www.clickview.com.au/library/${s}`, views: [200, 3_000] },
};

/** Where each type of media goes: video to streaming, YouTube, socials and festivals; audio to podcast apps. */
export const OUTLETS_BY_TYPE: Readonly<Record<MediaType, readonly Outlet[]>> = {
  video: [OUTLETS.youtube!, OUTLETS.vimeo!, OUTLETS.iview!, OUTLETS.sbs!, OUTLETS.miff!, OUTLETS.stkilda!, OUTLETS.instagram!, OUTLETS.tiktok!, OUTLETS.facebook!],
  audio: [OUTLETS.podcast!, OUTLETS.youtube!, OUTLETS.instagram!, OUTLETS.website!],
  photo: [OUTLETS.instagram!, OUTLETS.facebook!, OUTLETS.website!],
  transcript: [OUTLETS.website!, OUTLETS.education!],
  mixed: [OUTLETS.website!, OUTLETS.instagram!, OUTLETS.youtube!],
};
