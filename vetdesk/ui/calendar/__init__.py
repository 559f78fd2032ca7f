"""The calendar page's widgets: the painted day/week grid, its colours, the booking dialog."""
