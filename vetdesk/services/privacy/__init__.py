"""The privacy panel (issue 10): every right of the data subject, from one place.

``classification`` says what every column is; ``requests`` keeps the register of requests.
"""
