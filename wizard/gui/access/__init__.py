"""What makes the interface usable by everyone: accessible names, colours against the palette, help."""
