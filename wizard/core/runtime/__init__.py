"""The program as it runs: errors and crash reports, the collector, caches and where its data lives."""
