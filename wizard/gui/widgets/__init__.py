"""The editors the pages are built from: a field's widget, forms and list editors, headers, marks."""
