"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22

Every table of the first release, and the triggers that make the journal, prescriptions and
the audit log append-only on both engines (DESIGN.md, "Guarantees").
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('audit_events',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('entity_type', sa.String(length=40), nullable=True),
    sa.Column('entity_id', sa.String(length=64), nullable=True),
    sa.Column('client_id', sa.Integer(), nullable=True),
    sa.Column('animal_id', sa.Integer(), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('workstation', sa.String(length=100), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.CheckConstraint("action IN ('sign_in', 'sign_out', 'sign_in_failed', 'lock', 'unlock', 'create', 'change', 'view', 'print', 'export', 'erase', 'merge', 'import', 'setup')", name=op.f('ck_audit_events_action_valid')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index('ix_audit_events_client', ['client_id', 'occurred_at'], unique=False)
        batch_op.create_index('ix_audit_events_user', ['user_id', 'occurred_at'], unique=False)

    op.create_table('clinic',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('org_number', sa.String(length=9), nullable=True),
    sa.Column('address', sa.String(length=200), nullable=True),
    sa.Column('postal_code', sa.String(length=4), nullable=True),
    sa.Column('city', sa.String(length=100), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('locale', sa.String(length=10), nullable=False),
    sa.Column('journal_lock_hours', sa.Integer(), nullable=False),
    sa.Column('idle_lock_minutes', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clinic'))
    )
    op.create_table('drugs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('active_substances', sa.String(length=300), nullable=False),
    sa.Column('form', sa.String(length=100), nullable=False),
    sa.Column('strength', sa.String(length=100), nullable=False),
    sa.Column('pack_size', sa.String(length=100), nullable=False),
    sa.Column('product_number', sa.String(length=20), nullable=True),
    sa.Column('atc_code', sa.String(length=10), nullable=True),
    sa.Column('antibiotic', sa.Boolean(), nullable=False),
    sa.Column('withdrawal_meat_days', sa.Integer(), nullable=True),
    sa.Column('withdrawal_milk_days', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drugs')),
    sa.UniqueConstraint('product_number', name=op.f('uq_drugs_product_number'))
    )
    op.create_table('external_parties',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('speciality', sa.String(length=200), nullable=True),
    sa.Column('is_laboratory', sa.Boolean(), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_external_parties'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('hpr_number', sa.String(length=9), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('password_hash', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_signins', sa.Integer(), nullable=False),
    sa.Column('last_failed_signin_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_signin_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("role IN ('receptionist', 'nurse', 'veterinarian', 'manager', 'administrator')", name=op.f('ck_users_role_valid')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('clients',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_no', sa.Integer(), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=True),
    sa.Column('postal_code', sa.String(length=4), nullable=True),
    sa.Column('city', sa.String(length=100), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('org_number', sa.String(length=9), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('search_key', sa.String(length=400), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.Column('merged_into_id', sa.Integer(), nullable=True),
    sa.Column('erased_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("status IN ('active', 'inactive', 'erased')", name=op.f('ck_clients_status_valid')),
    sa.ForeignKeyConstraint(['merged_into_id'], ['clients.id'], name=op.f('fk_clients_merged_into_id_clients')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_clients_updated_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clients')),
    sa.UniqueConstraint('client_no', name=op.f('uq_clients_client_no'))
    )
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.create_index('ix_clients_email', ['email'], unique=False)
        batch_op.create_index('ix_clients_search_key', ['search_key'], unique=False)

    op.create_table('resources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('location', sa.String(length=100), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint("kind IN ('veterinarian', 'nurse', 'room', 'equipment')", name=op.f('ck_resources_kind_valid')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_resources_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resources')),
    sa.UniqueConstraint('user_id', name=op.f('uq_resources_user_id'))
    )
    op.create_table('animals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('species', sa.String(length=12), nullable=False),
    sa.Column('breed', sa.String(length=100), nullable=True),
    sa.Column('sex', sa.String(length=8), nullable=False),
    sa.Column('neutered', sa.Boolean(), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('birth_date_estimated', sa.Boolean(), nullable=False),
    sa.Column('colour', sa.String(length=100), nullable=True),
    sa.Column('insurance_company', sa.String(length=100), nullable=True),
    sa.Column('insurance_policy', sa.String(length=50), nullable=True),
    sa.Column('deceased_on', sa.Date(), nullable=True),
    sa.Column('is_group', sa.Boolean(), nullable=False),
    sa.Column('group_size', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('search_key', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("sex IN ('male', 'female', 'unknown')", name=op.f('ck_animals_sex_valid')),
    sa.CheckConstraint("species IN ('dog', 'cat', 'rabbit', 'horse', 'cattle', 'sheep', 'goat', 'pig', 'poultry', 'guinea_pig', 'ferret', 'bird', 'reptile', 'other')", name=op.f('ck_animals_species_valid')),
    sa.ForeignKeyConstraint(['owner_id'], ['clients.id'], name=op.f('fk_animals_owner_id_clients')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_animals_updated_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_animals'))
    )
    with op.batch_alter_table('animals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_animals_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index('ix_animals_search_key', ['search_key'], unique=False)

    op.create_table('client_alerts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.Column('severity', sa.String(length=10), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("severity IN ('info', 'warning', 'mandatory')", name=op.f('ck_client_alerts_severity_valid')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_client_alerts_client_id_clients'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_client_alerts_created_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_alerts'))
    )
    with op.batch_alter_table('client_alerts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_alerts_client_id'), ['client_id'], unique=False)

    op.create_table('client_phones',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('e164', sa.String(length=20), nullable=False),
    sa.Column('digits', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('mobile', 'home', 'work')", name=op.f('ck_client_phones_kind_valid')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_client_phones_client_id_clients'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_phones'))
    )
    with op.batch_alter_table('client_phones', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_phones_client_id'), ['client_id'], unique=False)
        batch_op.create_index('ix_client_phones_digits', ['digits'], unique=False)

    op.create_table('consents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=12), nullable=False),
    sa.Column('channel', sa.String(length=8), nullable=False),
    sa.Column('granted', sa.Boolean(), nullable=False),
    sa.Column('method', sa.String(length=12), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.CheckConstraint("channel IN ('sms', 'email', 'letter')", name=op.f('ck_consents_channel_valid')),
    sa.CheckConstraint("method IN ('phone', 'form', 'email', 'sms_reply', 'in_person', 'import')", name=op.f('ck_consents_method_valid')),
    sa.CheckConstraint("purpose IN ('service', 'marketing')", name=op.f('ck_consents_purpose_valid')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_consents_client_id_clients'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_consents_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consents'))
    )
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.create_index('ix_consents_client_recorded', ['client_id', 'recorded_at'], unique=False)

    op.create_table('invoices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('invoice_no', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('total_ore', sa.Integer(), nullable=False),
    sa.Column('vat_ore', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('paid_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("status IN ('open', 'paid', 'credited')", name=op.f('ck_invoices_status_valid')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_invoices_client_id_clients')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_invoices_created_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoices')),
    sa.UniqueConstraint('invoice_no', name=op.f('uq_invoices_invoice_no'))
    )
    with op.batch_alter_table('invoices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invoices_client_id'), ['client_id'], unique=False)

    op.create_table('privacy_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=True),
    sa.Column('subject_name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.String(length=40), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('registered_by_id', sa.Integer(), nullable=False),
    sa.Column('handled_by_id', sa.Integer(), nullable=True),
    sa.Column('completed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.CheckConstraint("kind IN ('access', 'export', 'correction', 'restriction', 'objection', 'erasure')", name=op.f('ck_privacy_requests_kind_valid')),
    sa.CheckConstraint("status IN ('open', 'done', 'rejected')", name=op.f('ck_privacy_requests_status_valid')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_privacy_requests_client_id_clients')),
    sa.ForeignKeyConstraint(['handled_by_id'], ['users.id'], name=op.f('fk_privacy_requests_handled_by_id_users')),
    sa.ForeignKeyConstraint(['registered_by_id'], ['users.id'], name=op.f('fk_privacy_requests_registered_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_privacy_requests'))
    )
    with op.batch_alter_table('privacy_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_privacy_requests_client_id'), ['client_id'], unique=False)

    op.create_table('animal_alerts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('animal_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.Column('severity', sa.String(length=10), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("severity IN ('info', 'warning', 'mandatory')", name=op.f('ck_animal_alerts_severity_valid')),
    sa.ForeignKeyConstraint(['animal_id'], ['animals.id'], name=op.f('fk_animal_alerts_animal_id_animals'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_animal_alerts_created_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_animal_alerts'))
    )
    with op.batch_alter_table('animal_alerts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_animal_alerts_animal_id'), ['animal_id'], unique=False)

    op.create_table('appointments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('animal_id', sa.Integer(), nullable=True),
    sa.Column('resource_id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('appointment_type', sa.String(length=40), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("status IN ('booked', 'confirmed', 'arrived', 'in_progress', 'done', 'no_show', 'cancelled')", name=op.f('ck_appointments_status_valid')),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_appointments_ends_after_start')),
    sa.ForeignKeyConstraint(['animal_id'], ['animals.id'], name=op.f('fk_appointments_animal_id_animals')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_appointments_client_id_clients')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_appointments_created_by_id_users')),
    sa.ForeignKeyConstraint(['resource_id'], ['resources.id'], name=op.f('fk_appointments_resource_id_resources')),
    sa.ForeignKeyConstraint(['room_id'], ['resources.id'], name=op.f('fk_appointments_room_id_resources')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_appointments_updated_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointments'))
    )
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.create_index('ix_appointments_animal', ['animal_id'], unique=False)
        batch_op.create_index('ix_appointments_client', ['client_id'], unique=False)
        batch_op.create_index('ix_appointments_resource_start', ['resource_id', 'starts_at'], unique=False)

    op.create_table('identities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('animal_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('value', sa.String(length=40), nullable=False),
    sa.Column('registered_in_dyreid_on', sa.Date(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('iso_chip', 'fdx_a_chip', 'tattoo', 'passport', 'ear_tag')", name=op.f('ck_identities_kind_valid')),
    sa.ForeignKeyConstraint(['animal_id'], ['animals.id'], name=op.f('fk_identities_animal_id_animals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_identities')),
    sa.UniqueConstraint('value', name=op.f('uq_identities_value'))
    )
    with op.batch_alter_table('identities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_identities_animal_id'), ['animal_id'], unique=False)

    op.create_table('invoice_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=False),
    sa.Column('animal_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('quantity', sa.Numeric(precision=10, scale=3), nullable=False),
    sa.Column('unit_price_ore', sa.Integer(), nullable=False),
    sa.Column('vat_rate_percent', sa.Integer(), nullable=False),
    sa.Column('amount_ore', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['animal_id'], ['animals.id'], name=op.f('fk_invoice_lines_animal_id_animals')),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'], name=op.f('fk_invoice_lines_invoice_id_invoices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_lines'))
    )
    with op.batch_alter_table('invoice_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invoice_lines_invoice_id'), ['invoice_id'], unique=False)

    op.create_table('journal_drafts',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('animal_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('event_time', sa.DateTime(timezone=True), nullable=False),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.Column('weight_kg', sa.Numeric(precision=8, scale=3), nullable=True),
    sa.Column('temperature_c', sa.Numeric(precision=4, scale=1), nullable=True),
    sa.Column('confidential', sa.Boolean(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('saved_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('consultation', 'phone', 'vaccination', 'procedure', 'lab_result', 'note', 'access_request')", name=op.f('ck_journal_drafts_kind_valid')),
    sa.ForeignKeyConstraint(['animal_id'], ['animals.id'], name=op.f('fk_journal_drafts_animal_id_animals')),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_journal_drafts_author_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_drafts'))
    )
    with op.batch_alter_table('journal_drafts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journal_drafts_animal_id'), ['animal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_journal_drafts_author_id'), ['author_id'], unique=False)

    op.create_table('journal_entries',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('animal_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('signed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('signed_by_id', sa.Integer(), nullable=False),
    sa.Column('auto_locked', sa.Boolean(), nullable=False),
    sa.CheckConstraint("kind IN ('consultation', 'phone', 'vaccination', 'procedure', 'lab_result', 'note', 'access_request')", name=op.f('ck_journal_entries_kind_valid')),
    sa.ForeignKeyConstraint(['animal_id'], ['animals.id'], name=op.f('fk_journal_entries_animal_id_animals')),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_journal_entries_author_id_users')),
    sa.ForeignKeyConstraint(['signed_by_id'], ['users.id'], name=op.f('fk_journal_entries_signed_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_entries'))
    )
    with op.batch_alter_table('journal_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journal_entries_animal_id'), ['animal_id'], unique=False)

    op.create_table('ownerships',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('animal_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['animal_id'], ['animals.id'], name=op.f('fk_ownerships_animal_id_animals'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_ownerships_client_id_clients')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_ownerships_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ownerships'))
    )
    with op.batch_alter_table('ownerships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ownerships_animal_id'), ['animal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ownerships_client_id'), ['client_id'], unique=False)

    op.create_table('referrals',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('animal_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('recipient_id', sa.Integer(), nullable=False),
    sa.Column('referred_by_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('owner_consented', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("status IN ('draft', 'sent', 'answered')", name=op.f('ck_referrals_status_valid')),
    sa.ForeignKeyConstraint(['animal_id'], ['animals.id'], name=op.f('fk_referrals_animal_id_animals')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_referrals_client_id_clients')),
    sa.ForeignKeyConstraint(['recipient_id'], ['external_parties.id'], name=op.f('fk_referrals_recipient_id_external_parties')),
    sa.ForeignKeyConstraint(['referred_by_id'], ['users.id'], name=op.f('fk_referrals_referred_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referrals'))
    )
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referrals_animal_id'), ['animal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referrals_client_id'), ['client_id'], unique=False)

    op.create_table('journal_attachments',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('entry_id', sa.String(length=32), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('added_by_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['added_by_id'], ['users.id'], name=op.f('fk_journal_attachments_added_by_id_users')),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entries.id'], name=op.f('fk_journal_attachments_entry_id_journal_entries')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_attachments'))
    )
    with op.batch_alter_table('journal_attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journal_attachments_entry_id'), ['entry_id'], unique=False)

    op.create_table('journal_draft_attachments',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('draft_id', sa.String(length=32), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['draft_id'], ['journal_drafts.id'], name=op.f('fk_journal_draft_attachments_draft_id_journal_drafts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_draft_attachments'))
    )
    with op.batch_alter_table('journal_draft_attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journal_draft_attachments_draft_id'), ['draft_id'], unique=False)

    op.create_table('journal_versions',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('entry_id', sa.String(length=32), nullable=False),
    sa.Column('animal_id', sa.Integer(), nullable=False),
    sa.Column('version_no', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=8), nullable=False),
    sa.Column('event_time', sa.DateTime(timezone=True), nullable=False),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.Column('weight_kg', sa.Numeric(precision=8, scale=3), nullable=True),
    sa.Column('temperature_c', sa.Numeric(precision=4, scale=1), nullable=True),
    sa.Column('confidential', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('requested_by', sa.String(length=8), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('chain_seq', sa.Integer(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.CheckConstraint("action IN ('sign', 'correct', 'void')", name=op.f('ck_journal_versions_action_valid')),
    sa.CheckConstraint("requested_by IN ('clinic', 'owner')", name=op.f('ck_journal_versions_requested_by_valid')),
    sa.ForeignKeyConstraint(['animal_id'], ['animals.id'], name=op.f('fk_journal_versions_animal_id_animals')),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_journal_versions_author_id_users')),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entries.id'], name=op.f('fk_journal_versions_entry_id_journal_entries')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_versions')),
    sa.UniqueConstraint('animal_id', 'chain_seq', name='uq_journal_versions_animal_seq'),
    sa.UniqueConstraint('entry_id', 'version_no', name='uq_journal_versions_entry_version')
    )
    with op.batch_alter_table('journal_versions', schema=None) as batch_op:
        batch_op.create_index('ix_journal_versions_animal_event', ['animal_id', 'event_time'], unique=False)

    op.create_table('prescriptions',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('animal_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('prescriber_id', sa.Integer(), nullable=False),
    sa.Column('journal_entry_id', sa.String(length=32), nullable=True),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('cascade_statement', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['animal_id'], ['animals.id'], name=op.f('fk_prescriptions_animal_id_animals')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_prescriptions_client_id_clients')),
    sa.ForeignKeyConstraint(['journal_entry_id'], ['journal_entries.id'], name=op.f('fk_prescriptions_journal_entry_id_journal_entries')),
    sa.ForeignKeyConstraint(['prescriber_id'], ['users.id'], name=op.f('fk_prescriptions_prescriber_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_prescriptions'))
    )
    with op.batch_alter_table('prescriptions', schema=None) as batch_op:
        batch_op.create_index('ix_prescriptions_animal', ['animal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_prescriptions_client_id'), ['client_id'], unique=False)

    op.create_table('reminders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('animal_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('appointment_id', sa.Integer(), nullable=True),
    sa.Column('journal_entry_id', sa.String(length=32), nullable=True),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('completed_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("kind IN ('vaccination', 'checkup', 'appointment')", name=op.f('ck_reminders_kind_valid')),
    sa.CheckConstraint("status IN ('due', 'sent', 'done', 'cancelled')", name=op.f('ck_reminders_status_valid')),
    sa.ForeignKeyConstraint(['animal_id'], ['animals.id'], name=op.f('fk_reminders_animal_id_animals')),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointments.id'], name=op.f('fk_reminders_appointment_id_appointments')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_reminders_client_id_clients')),
    sa.ForeignKeyConstraint(['journal_entry_id'], ['journal_entries.id'], name=op.f('fk_reminders_journal_entry_id_journal_entries')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminders'))
    )
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminders_animal_id'), ['animal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminders_client_id'), ['client_id'], unique=False)
        batch_op.create_index('ix_reminders_due', ['status', 'due_on'], unique=False)

    op.create_table('messages',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('idempotency_key', sa.String(length=100), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=True),
    sa.Column('reminder_id', sa.Integer(), nullable=True),
    sa.Column('appointment_id', sa.Integer(), nullable=True),
    sa.Column('channel', sa.String(length=8), nullable=False),
    sa.Column('purpose', sa.String(length=12), nullable=False),
    sa.Column('recipient', sa.String(length=254), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=18), nullable=False),
    sa.Column('provider_id', sa.String(length=100), nullable=True),
    sa.Column('failure_reason', sa.Text(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('queued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('delivered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('failed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reviewed_by_id', sa.Integer(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("channel IN ('sms', 'email', 'letter')", name=op.f('ck_messages_channel_valid')),
    sa.CheckConstraint("purpose IN ('service', 'marketing')", name=op.f('ck_messages_purpose_valid')),
    sa.CheckConstraint("status IN ('queued', 'sent', 'delivered', 'failed', 'failure_reviewed')", name=op.f('ck_messages_status_valid')),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointments.id'], name=op.f('fk_messages_appointment_id_appointments')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_messages_client_id_clients')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_messages_created_by_id_users')),
    sa.ForeignKeyConstraint(['reminder_id'], ['reminders.id'], name=op.f('fk_messages_reminder_id_reminders')),
    sa.ForeignKeyConstraint(['reviewed_by_id'], ['users.id'], name=op.f('fk_messages_reviewed_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_messages')),
    sa.UniqueConstraint('idempotency_key', name=op.f('uq_messages_idempotency_key'))
    )
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.create_index('ix_messages_client_queued', ['client_id', 'queued_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_reminder_id'), ['reminder_id'], unique=False)

    op.create_table('prescription_cancellations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('prescription_id', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('cancelled_by_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("status IN ('issued', 'cancelled')", name=op.f('ck_prescription_cancellations_status_valid')),
    sa.ForeignKeyConstraint(['cancelled_by_id'], ['users.id'], name=op.f('fk_prescription_cancellations_cancelled_by_id_users')),
    sa.ForeignKeyConstraint(['prescription_id'], ['prescriptions.id'], name=op.f('fk_prescription_cancellations_prescription_id_prescriptions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_prescription_cancellations')),
    sa.UniqueConstraint('prescription_id', name=op.f('uq_prescription_cancellations_prescription_id'))
    )
    op.create_table('prescription_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('prescription_id', sa.String(length=32), nullable=False),
    sa.Column('drug_id', sa.Integer(), nullable=True),
    sa.Column('product_name', sa.String(length=200), nullable=False),
    sa.Column('active_substances', sa.String(length=300), nullable=False),
    sa.Column('form', sa.String(length=100), nullable=False),
    sa.Column('strength', sa.String(length=100), nullable=False),
    sa.Column('quantity', sa.String(length=100), nullable=False),
    sa.Column('dosage', sa.Text(), nullable=False),
    sa.Column('duration_days', sa.Integer(), nullable=True),
    sa.Column('withdrawal_period', sa.String(length=200), nullable=True),
    sa.Column('warnings', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['drug_id'], ['drugs.id'], name=op.f('fk_prescription_items_drug_id_drugs')),
    sa.ForeignKeyConstraint(['prescription_id'], ['prescriptions.id'], name=op.f('fk_prescription_items_prescription_id_prescriptions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_prescription_items'))
    )
    with op.batch_alter_table('prescription_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_prescription_items_prescription_id'), ['prescription_id'], unique=False)

    op.create_table('referral_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('referral_id', sa.String(length=32), nullable=False),
    sa.Column('journal_entry_id', sa.String(length=32), nullable=True),
    sa.Column('attachment_id', sa.String(length=32), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['attachment_id'], ['journal_attachments.id'], name=op.f('fk_referral_items_attachment_id_journal_attachments')),
    sa.ForeignKeyConstraint(['journal_entry_id'], ['journal_entries.id'], name=op.f('fk_referral_items_journal_entry_id_journal_entries')),
    sa.ForeignKeyConstraint(['referral_id'], ['referrals.id'], name=op.f('fk_referral_items_referral_id_referrals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral_items'))
    )
    with op.batch_alter_table('referral_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_items_referral_id'), ['referral_id'], unique=False)


    create_append_only_guards()

def downgrade() -> None:
    drop_append_only_guards()
    with op.batch_alter_table('referral_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_items_referral_id'))

    op.drop_table('referral_items')
    with op.batch_alter_table('prescription_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_prescription_items_prescription_id'))

    op.drop_table('prescription_items')
    op.drop_table('prescription_cancellations')
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_messages_reminder_id'))
        batch_op.drop_index('ix_messages_client_queued')

    op.drop_table('messages')
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.drop_index('ix_reminders_due')
        batch_op.drop_index(batch_op.f('ix_reminders_client_id'))
        batch_op.drop_index(batch_op.f('ix_reminders_animal_id'))

    op.drop_table('reminders')
    with op.batch_alter_table('prescriptions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_prescriptions_client_id'))
        batch_op.drop_index('ix_prescriptions_animal')

    op.drop_table('prescriptions')
    with op.batch_alter_table('journal_versions', schema=None) as batch_op:
        batch_op.drop_index('ix_journal_versions_animal_event')

    op.drop_table('journal_versions')
    with op.batch_alter_table('journal_draft_attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journal_draft_attachments_draft_id'))

    op.drop_table('journal_draft_attachments')
    with op.batch_alter_table('journal_attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journal_attachments_entry_id'))

    op.drop_table('journal_attachments')
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referrals_client_id'))
        batch_op.drop_index(batch_op.f('ix_referrals_animal_id'))

    op.drop_table('referrals')
    with op.batch_alter_table('ownerships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ownerships_client_id'))
        batch_op.drop_index(batch_op.f('ix_ownerships_animal_id'))

    op.drop_table('ownerships')
    with op.batch_alter_table('journal_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journal_entries_animal_id'))

    op.drop_table('journal_entries')
    with op.batch_alter_table('journal_drafts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journal_drafts_author_id'))
        batch_op.drop_index(batch_op.f('ix_journal_drafts_animal_id'))

    op.drop_table('journal_drafts')
    with op.batch_alter_table('invoice_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invoice_lines_invoice_id'))

    op.drop_table('invoice_lines')
    with op.batch_alter_table('identities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_identities_animal_id'))

    op.drop_table('identities')
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.drop_index('ix_appointments_resource_start')
        batch_op.drop_index('ix_appointments_client')
        batch_op.drop_index('ix_appointments_animal')

    op.drop_table('appointments')
    with op.batch_alter_table('animal_alerts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_animal_alerts_animal_id'))

    op.drop_table('animal_alerts')
    with op.batch_alter_table('privacy_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_privacy_requests_client_id'))

    op.drop_table('privacy_requests')
    with op.batch_alter_table('invoices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invoices_client_id'))

    op.drop_table('invoices')
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.drop_index('ix_consents_client_recorded')

    op.drop_table('consents')
    with op.batch_alter_table('client_phones', schema=None) as batch_op:
        batch_op.drop_index('ix_client_phones_digits')
        batch_op.drop_index(batch_op.f('ix_client_phones_client_id'))

    op.drop_table('client_phones')
    with op.batch_alter_table('client_alerts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_alerts_client_id'))

    op.drop_table('client_alerts')
    with op.batch_alter_table('animals', schema=None) as batch_op:
        batch_op.drop_index('ix_animals_search_key')
        batch_op.drop_index(batch_op.f('ix_animals_owner_id'))

    op.drop_table('animals')
    op.drop_table('resources')
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.drop_index('ix_clients_search_key')
        batch_op.drop_index('ix_clients_email')

    op.drop_table('clients')
    op.drop_table('users')
    op.drop_table('external_parties')
    op.drop_table('drugs')
    op.drop_table('clinic')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_events_user')
        batch_op.drop_index('ix_audit_events_client')

    op.drop_table('audit_events')


# Frozen here on purpose: a later change to the list gets its own migration.
APPEND_ONLY_TABLES = (
    "audit_events",
    "journal_entries",
    "journal_versions",
    "journal_attachments",
    "prescriptions",
    "prescription_items",
    "prescription_cancellations",
)


def create_append_only_guards() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            """
            CREATE OR REPLACE FUNCTION vetdesk_reject_change() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% on % refused: the table is append-only', TG_OP, TG_TABLE_NAME
                    USING ERRCODE = 'integrity_constraint_violation';
            END
            $$
            """
        )
        for table in APPEND_ONLY_TABLES:
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION vetdesk_reject_change()"
            )
            # Row triggers do not fire on TRUNCATE; a statement trigger does.
            op.execute(
                f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION vetdesk_reject_change()"
            )
        return
    for table in APPEND_ONLY_TABLES:
        for operation in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{operation.lower()} BEFORE {operation} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{operation} on {table} refused: the table is "
                "append-only'); END"
            )


def drop_append_only_guards() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in APPEND_ONLY_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        op.execute("DROP FUNCTION IF EXISTS vetdesk_reject_change()")
        return
    for table in APPEND_ONLY_TABLES:
        for operation in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{operation}")
