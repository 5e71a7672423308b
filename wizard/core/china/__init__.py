"""What the program knows of China itself: regions, the USCC and ID-number formats, birthplaces, the working-day calendar."""
