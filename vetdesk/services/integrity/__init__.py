"""Tamper evidence: walking the hash chains (``verify``), sealing the audit tip to a file kept
elsewhere, and the tip each workstation remembers (DESIGN.md, "tampering is detected")."""

from vetdesk.services.integrity.chains import ChainBreak, ChainTip
from vetdesk.services.integrity.seals import Seal, SealFileError, append_seal, last_seal
from vetdesk.services.integrity.verify import VerifyReport, verify_all
from vetdesk.services.integrity.workstation import TipCheck, WorkstationTips

__all__ = [
    "ChainBreak",
    "ChainTip",
    "Seal",
    "SealFileError",
    "TipCheck",
    "VerifyReport",
    "WorkstationTips",
    "append_seal",
    "last_seal",
    "verify_all",
]
