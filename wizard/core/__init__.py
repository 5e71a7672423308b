"""The program's core: model, rule packs, engine, timeline, reports and CLI. No Qt here."""
