"""Kept so ``from vetdesk.services.verify import verify_all`` goes on working; the code is in
vetdesk.services.integrity."""

from vetdesk.services.integrity.chains import ChainBreak, ChainTip
from vetdesk.services.integrity.verify import VerifyReport, verify_all

__all__ = ["ChainBreak", "ChainTip", "VerifyReport", "verify_all"]
