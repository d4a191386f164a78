# Organizations and people pages.
