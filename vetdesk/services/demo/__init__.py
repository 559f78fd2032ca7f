"""The demo clinic: a generated, realistic Norwegian practice for trying VetDesk out.

``load_demo(ctx, actor, clients=2000, seed=1)`` fills a database that holds no clients yet with
Dyreklinikken Fjellstad in Lillestrøm: clients with Norwegian names and addresses, their dogs,
cats, rabbits, horses and cattle herds, ten years of signed and hash-chained journals,
appointments, recalls, messages, consents, prescriptions, referrals and five years of invoices.
The same seed (and clock) gives the same clinic.

It also adds its own staff accounts beside any users that already exist (an existing username
is left alone). All of them share the demo password ``demo-passord`` (``DEMO_PASSWORD``):

======== ==================== =====================
username name                 role
======== ==================== =====================
resepsjon Sigrid Haugland     receptionist
lie      Ingrid Lie           veterinarian (HPR 1234567)
berg     Martin Berg          veterinarian (HPR 7654321)
sykepleier Tone Aasheim       nurse
leder    Marit Sørli          manager
admin    Jon Åsen             administrator
======== ==================== =====================

The password is public by design: never load the demo into a database holding real clients
(``load_demo`` refuses a database that has any client).
"""

from vetdesk.services.demo.service import DemoSummary, load_demo
from vetdesk.services.demo.staff import DEMO_PASSWORD, DEMO_USERS

__all__ = ["DEMO_PASSWORD", "DEMO_USERS", "DemoSummary", "load_demo"]
