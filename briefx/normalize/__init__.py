"""Pure normalisers: functions over strings and numbers, no spaCy, no I/O beyond models/ tables."""
