using Engagement.Platform;
using Npgsql;

namespace Engagement.Benchmarks;

/// <summary>
/// A company of any size with a year of everything the dashboards read, written set-based in SQL so 10,000 people
/// take seconds: eight reports per manager, 25 people per team, eight time zones; per person two kudos a month, a
/// check-in most weeks, monthly pulse answers, a weekly or fortnightly 1:1 with its history, and an idea every few months.
/// </summary>
public static class YearOfHistory
{
    public static async Task CreateAsync(NpgsqlDataSource dataSource, int people)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            SELECT setseed(0.2026);
            INSERT INTO teams (id, name, name_key)
            SELECT ('00000000-0000-0000-0001-' || lpad(to_hex(t), 12, '0'))::uuid, 'Team ' || t, 'team ' || t FROM generate_series(0, (@people - 1) / 25) t;
            INSERT INTO employees (id, email, name, title, team_id, team_name, manager_id, time_zone, active, is_hr_admin, updated_at)
            SELECT ('00000000-0000-0000-0000-' || lpad(to_hex(i), 12, '0'))::uuid, 'person' || i || '@bench.test', 'Person ' || i, 'Specialist',
                   ('00000000-0000-0000-0001-' || lpad(to_hex(i / 25), 12, '0'))::uuid, 'Team ' || (i / 25),
                   CASE WHEN i = 0 THEN NULL ELSE ('00000000-0000-0000-0000-' || lpad(to_hex((i - 1) / 8), 12, '0'))::uuid END,
                   (ARRAY['Europe/Paris', 'Europe/London', 'America/New_York', 'America/Chicago', 'Asia/Manila', 'Australia/Sydney',
                          'Europe/Berlin', 'America/Los_Angeles'])[1 + i % 8],
                   true, i = 1, now()
            FROM generate_series(0, @people - 1) i;

            INSERT INTO kudos (id, giver_id, idempotency_key, company_value, message, points, recipient_count, created_at)
            SELECT gen_random_uuid(), ('00000000-0000-0000-0000-' || lpad(to_hex(g), 12, '0'))::uuid, 'bench-' || g || '-' || n,
                   (ARRAY['Customers first', 'Own it', 'Better together', 'Celebrate wins'])[1 + (random() * 3)::int], 'Thanks!', 5, 1,
                   now() - random() * interval '365 days'
            FROM generate_series(0, @people - 1) g, generate_series(1, 24) n;
            INSERT INTO kudos_recipients (kudos_id, recipient_id, created_at, points, giver_id, company_value)
            SELECT k.id, ('00000000-0000-0000-0000-' || lpad(to_hex(CASE WHEN random() < 0.7
                       THEN least(@people - 1, (('x' || right(k.giver_id::text, 12))::bit(48)::bigint / 25) * 25 + (random() * 24)::int)
                       ELSE (random() * (@people - 1))::int END), 12, '0'))::uuid, k.created_at, 5, k.giver_id, k.company_value
            FROM kudos k;

            INSERT INTO check_ins (id, employee_id, week, mood, wins, blockers, priorities, submitted_at)
            SELECT gen_random_uuid(), e.id, w::date, 1 + (random() * 4)::int, 'Wins', '', 'Priorities', w + interval '4 days'
            FROM employees e, generate_series(date_trunc('week', now() - interval '365 days'), now() - interval '7 days', interval '7 days') w
            WHERE random() < 0.7;

            INSERT INTO pulse_rounds (id, question, opens_at, closes_at, released)
            SELECT gen_random_uuid(), 'How likely are you to recommend working here to a friend?', now() - m * interval '30 days', now() - m * interval '30 days' + interval '7 days', true
            FROM generate_series(1, 12) m;
            CREATE TEMP TABLE answering ON COMMIT DROP AS
                SELECT r.id AS round_id, e.id AS employee_id, e.team_id FROM pulse_rounds r, employees e WHERE random() < 0.7;
            INSERT INTO pulse_participants (round_id, employee_id) SELECT round_id, employee_id FROM answering;
            INSERT INTO pulse_answers (id, round_id, team_id, score, comment)
            SELECT gen_random_uuid(), round_id, team_id, (random() * 10)::int, CASE WHEN random() < 0.2 THEN 'A comment' END FROM answering;

            INSERT INTO ideas (id, title, problem, proposal, category, author_id, team_id, owner_id, status, answer_due_at, first_response_at, created_at, updated_at)
            SELECT gen_random_uuid(), 'Idea ' || i, 'Problem', 'Proposal', 'Process', e.id, e.team_id, e.manager_id,
                   CASE WHEN random() < 0.2 THEN 'NEW' ELSE (ARRAY['UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'DONE', 'DECLINED'])[1 + (random() * 4)::int] END,
                   created + interval '24 hours', CASE WHEN random() < 0.8 THEN created + random() * interval '72 hours' END, created, created
            FROM (SELECT i, now() - random() * interval '365 days' AS created, ('00000000-0000-0000-0000-' || lpad(to_hex((random() * (@people - 1))::int), 12, '0'))::uuid AS author
                  FROM generate_series(1, @people / 4) i) idea
            JOIN employees e ON e.id = idea.author;

            INSERT INTO one_on_one_series (id, manager_id, report_id, cadence, weekday, local_time, time_zone, duration_minutes, starts_on, created_at, updated_at)
            SELECT gen_random_uuid(), e.manager_id, e.id, CASE WHEN random() < 0.5 THEN 'WEEKLY' ELSE 'BIWEEKLY' END, 1 + (random() * 4)::int, '10:00',
                   m.time_zone, 30, (now() - interval '365 days')::date, now() - interval '365 days', now()
            FROM employees e JOIN employees m ON m.id = e.manager_id;
            INSERT INTO one_on_one_meetings (series_id, occurrence_date, status, held_at)
            SELECT s.id, d::date, CASE WHEN random() < 0.92 THEN 'HELD' ELSE 'SKIPPED' END, d + interval '10 hours 30 minutes'
            FROM one_on_one_series s,
                 generate_series(s.starts_on + ((s.weekday - extract(isodow FROM s.starts_on)::int + 7) % 7), now() - interval '1 day',
                                 CASE s.cadence WHEN 'WEEKLY' THEN interval '7 days' ELSE interval '14 days' END) d
            WHERE random() < 0.9;
            INSERT INTO one_on_one_action_items (id, series_id, created_for, owner_id, text, due_on, done_at, closed_in, created_at)
            SELECT gen_random_uuid(), m.series_id, m.occurrence_date, s.report_id, 'Follow up', m.occurrence_date + 7,
                   CASE WHEN random() < 0.9 THEN m.held_at + interval '3 days' END, NULL, m.held_at
            FROM one_on_one_meetings m JOIN one_on_one_series s ON s.id = m.series_id WHERE m.status = 'HELD' AND random() < 0.3;
            ANALYZE;
            """, CancellationToken.None, ("people", people));
    }
}
