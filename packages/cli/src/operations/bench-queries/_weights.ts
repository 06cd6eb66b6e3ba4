/**
 * How often the app issues each catalog query, relative to the others: the load test's mix.
 * Argued from the real app's endpoints: the grant finder (grants.py's list with its status,
 * industry, location and source filters, 25 a page) and the dashboards (open grants closing soon,
 * the deadline calendar) are what every visit opens, so they dominate; sign-in reads a user by email
 * once a session; project lists, task lists and comment threads follow; the media and scraper pages
 * are visited by the few producers who run them; text searches and matchers are occasional.
 */
export const QUERY_WEIGHTS: Readonly<Record<string, number>> = {
  grants_by_status: 14, open_grants_closing_soon: 12, grants_by_industry_focus: 8, grants_by_location: 6, deadline_calendar: 5,
  grants_text_search: 5, grants_by_source: 4, grants_in_amount_range: 4, grants_by_funder: 3, grants_for_audience: 2,
  grants_for_org_type: 2, grants_for_purpose: 2,
  user_by_email: 5, active_team: 3, active_interns: 1,
  projects_by_status: 5, my_active_projects: 3, projects_text_search: 2, projects_by_impact_type: 1,
  my_open_tasks: 5, task_comments: 3, comment_reactions: 2, reaction_toggle: 2, my_mentions: 1, task_time_entries: 1, my_timesheet: 1,
  scraper_last_runs: 2, scraper_runs_by_source: 1,
  recent_media_items: 2, recent_impact_stories: 2, project_media_items: 2, media_items_by_type: 1, item_distributions: 1,
  distributions_by_platform: 1, item_performance_in_period: 1, performance_in_period: 1, item_impact_stories: 1,
  impact_stories_by_type: 1, active_client_accounts: 1, project_clients: 1, account_metrics_in_period: 2,
};
