"""The pharmacy: the drug catalogue and prescriptions (issue 12).

``catalogue`` searches and imports products; ``issuing`` writes a prescription and its journal
note in one transaction; ``cancelling`` cancels one; ``reading`` lists and details them;
``printing`` makes the PDF.
"""
