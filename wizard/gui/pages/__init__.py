"""The wizard's pages: the ones that edit the application, the plan, the export and the tracking page."""
