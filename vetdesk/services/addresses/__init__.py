"""Addresses: the postal code register and what it fills in for the front desk."""
