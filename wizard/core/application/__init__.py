"""The applicant's file: its model, reading and writing it, migrating old versions, validating answers."""
