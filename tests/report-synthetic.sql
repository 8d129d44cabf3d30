-- A synthetic store for measuring `finfacts report` at scale: adds 5,000
-- documents and 100,000 facts about 1,000 bodies (2012-13 to 2025-26,
-- with disagreements) to a store made by `finfacts ingest`.
--
--   finfacts ingest corpus --db big.sqlite -q
--   sqlite3 big.sqlite < tests/report-synthetic.sql
--   time finfacts report --db big.sqlite --out big-report
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 4999)
INSERT INTO documents (root, path, hash, size, title, date, url, facts, extractor,
                       first_seen, last_seen, processed)
SELECT '/synthetic', printf('syn/%05d.txt', i), printf('synthetic-%05d', i), 2000,
       printf('Synthetic article %d about health finances', i),
       printf('%04d-%02d-%02d', 2012 + i % 14, 1 + i % 12, 1 + i % 28),
       printf('https://example-news.invalid/synthetic/%d', i), 20, 'synthetic',
       '2024-03-01T00:00:00Z', '2024-03-01T00:00:00Z', '2024-03-01T00:00:00Z'
FROM n;

WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 99999),
m(k, metric) AS (VALUES (0, 'deficit'), (1, 'savings_required'), (2, 'savings_gap'),
                        (3, 'overspend'), (4, 'budget'), (5, 'surplus')),
t(k, org_type) AS (VALUES (0, 'trust'), (1, 'ccg'), (2, 'icb'), (3, 'health_board'),
                          (4, 'council'))
INSERT INTO facts (document, ordinal, doc, org, org_type, org_id, metric, value, unit,
                   approx, period, status, as_of, evidence, start, "end", mention, rule,
                   url, title, date)
SELECT d.id, n.i / 5000, d.path,
       printf('Synthetic Body %d NHS Trust', (n.i * 7919) % 1000), t.org_type,
       printf('SYN%04d', (n.i * 7919) % 1000), m.metric,
       CAST((1 + (n.i * 37) % 491) * 100000 AS TEXT), 'GBP', 0,
       printf('%04d-%02d', 2012 + (n.i / 7) % 14, (2013 + (n.i / 7) % 14) % 100),
       CASE n.i % 4 WHEN 0 THEN 'actual' WHEN 1 THEN 'forecast' WHEN 2 THEN 'planned' ELSE NULL END,
       CASE WHEN n.i % 5 = 0 THEN printf('month %d', 1 + n.i % 12) END,
       printf('Synthetic Body %d NHS Trust said its %s would be £%.1fm this year, up from last year''s figure, according to board papers seen by this newspaper.',
              (n.i * 7919) % 1000, replace(m.metric, '_', ' '), (1 + (n.i * 37) % 491) / 10.0),
       0, 5, printf('£%.1fm', (1 + (n.i * 37) % 491) / 10.0), 'synthetic', d.url, d.title, d.date
FROM n
JOIN documents AS d ON d.path = printf('syn/%05d.txt', n.i % 5000)
JOIN m ON m.k = n.i % 6
JOIN t ON t.k = ((n.i * 7919) % 1000) % 5;
COMMIT;
