"""The clinic's vocabulary: enumerations and pure rules shared by db, services and UI."""
