"""The `icp-wizard` commands: parsing, the text report, the self-test and the case files."""
