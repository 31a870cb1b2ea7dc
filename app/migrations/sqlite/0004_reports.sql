-- The monthly hours report reads a whole municipality's month: find its entries by start.
CREATE INDEX time_entries_month ON time_entries (municipality_id, starts_at);
