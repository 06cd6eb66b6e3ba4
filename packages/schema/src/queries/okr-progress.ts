/**
 * A followers key result's progress (OKR 4.1): the latest followers of every account of the
 * objective's organisation, summed, against the key result's baseline and target. $1 is the code.
 */
export const FOLLOWERS_PROGRESS_SQL = `
select kr.code, kr.title, kr.baseline, kr.target, f.current,
       round(100 * (f.current - kr.baseline) / nullif(kr.target - kr.baseline, 0), 1) as progress_pct
from key_results kr
join objectives o on o.id = kr.objective_id
cross join lateral (
  select sum(latest.followers)::numeric as current
  from (select distinct on (m.social_account_id) m.followers
        from social_metrics m
        join social_accounts a on a.id = m.social_account_id
        where a.organisation_id = o.organisation_id and m.date <= kr.due_date
        order by m.social_account_id, m.date desc) latest
) f
where kr.code = $1 and kr.metric = 'followers'`;
