"""The Qt desktop wizard. All Qt code lives here; wizard.core never imports it."""
