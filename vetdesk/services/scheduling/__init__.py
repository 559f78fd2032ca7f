"""The multi-vet calendar (issue 11): resources and their hours, booking without double
booking, moving and resizing, the status flow, the calendar's week and "next free slot".

The database enforces "no double booking" (migration 0009); these services give the person
the sentence that says who holds the slot.
"""
