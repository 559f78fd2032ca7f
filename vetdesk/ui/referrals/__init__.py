"""Screens for referrals and lab requests (mirrors services/referrals)."""
